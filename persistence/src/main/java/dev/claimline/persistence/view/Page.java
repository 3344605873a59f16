package dev.claimline.persistence.view;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param page the page number, from 0
 * @param size the page size asked for; {@code items} holds fewer on the last page
 * @param total how many items all pages hold together
 */
public record Page<T>(List<T> items, int page, int size, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
