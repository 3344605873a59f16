package dev.claimline.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The states and intergovernmental organisations Claimline knows, with every way the news names them. Loaded once from
 * {@code actors.tsv}; adding an alias is a data change.
 *
 * <p>Each actor has names ("North Korea", "DPRK"), demonyms ("North Korean"), capitals (read as the state only where
 * the text uses them as a speaker or doer, never as a place), seats of power and named institutions that always speak
 * for the state ("the Kremlin", "the Pentagon"), and state media that carry its official statements ("KCNA").
 */
public final class Gazetteer {
    static final String RESOURCE = "/dev/claimline/extraction/actors.tsv";

    /** How an alias names its actor; decides whether a mention can be a speaker on its own. */
    public enum AliasKind {
        /** The actor's name or short name: "Russia", "the United States". */
        NAME,
        /** An adjective or people noun: "Russian", "Chinese". */
        DEMONYM,
        /** The capital city: an actor only when used as one ("Pyongyang says"), a place otherwise. */
        CAPITAL,
        /** A seat of power that always speaks for the state: "the Kremlin", "the White House". */
        SEAT,
        /** A named institution of the state: "the Pentagon", "the SVR". */
        INSTITUTION,
        /** State media carrying official statements: "KCNA", "Xinhua". */
        MEDIA
    }

    /** One way of naming an actor. */
    public record Alias(String text, Actor actor, AliasKind kind) {}

    private static volatile Gazetteer standard;

    private final Map<String, Actor> byCode;
    private final List<Alias> aliases;

    Gazetteer(Map<String, Actor> byCode, List<Alias> aliases) {
        this.byCode = Collections.unmodifiableMap(new LinkedHashMap<>(byCode));
        this.aliases = List.copyOf(aliases);
    }

    /** The bundled gazetteer, loaded on first use. */
    public static Gazetteer standard() {
        Gazetteer g = standard;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = standard;
                if (g == null) {
                    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource " + RESOURCE);
                        }
                        g = parse(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    standard = g;
                }
            }
        }
        return g;
    }

    /**
     * Parses the tab-separated format: {@code code kind name names demonyms capitals seats institutions media}, the
     * list columns separated by {@code |}; blank lines and lines starting with {@code #} are skipped.
     */
    static Gazetteer parse(InputStream in) throws IOException {
        Map<String, Actor> byCode = new LinkedHashMap<>();
        List<Alias> aliases = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        AliasKind[] columns = AliasKind.values();
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 3) {
                throw new IllegalArgumentException("actors.tsv line " + lineNo + ": expected at least 3 columns");
            }
            String code = cells[0].strip();
            Actor.Kind kind = Actor.Kind.valueOf(cells[1].strip().toUpperCase(Locale.ROOT));
            Actor actor = new Actor(code, cells[2].strip(), kind);
            Actor existing = byCode.putIfAbsent(code, actor);
            if (existing != null && existing.kind() == kind) {
                throw new IllegalArgumentException("actors.tsv line " + lineNo + ": duplicate code " + code);
            }
            aliases.add(new Alias(actor.name(), actor, AliasKind.NAME));
            for (int c = 3; c < cells.length && c - 3 < columns.length; c++) {
                for (String text : cells[c].split("\\|")) {
                    String t = text.strip();
                    if (!t.isEmpty()) {
                        aliases.add(new Alias(t, actor, columns[c - 3]));
                    }
                }
            }
        }
        return new Gazetteer(byCode, aliases);
    }

    /**
     * The actor with this code. Where a state and an organisation share a code (AU is Australia in ISO 3166-1 and the
     * African Union in the annotation guidelines), the state.
     */
    public Optional<Actor> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.toUpperCase(Locale.ROOT)));
    }

    /** Every actor, in file order. */
    public List<Actor> actors() {
        return List.copyOf(byCode.values());
    }

    /** Every alias of every actor. */
    public List<Alias> aliases() {
        return aliases;
    }

    /**
     * The actors whose code, name or alias matches what a user typed: exact code first, then names starting with the
     * query, then names containing it. Case- and accent-insensitive.
     */
    public List<Actor> search(String query, int limit) {
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        String q = fold(query.strip());
        Map<Actor, Integer> rank = new LinkedHashMap<>();
        Actor exact = byCode.get(query.strip().toUpperCase(Locale.ROOT));
        if (exact != null) {
            rank.put(exact, 0);
        }
        for (Alias alias : aliases) {
            String a = fold(alias.text());
            int r = a.equals(q) ? 1 : a.startsWith(q) ? 2 : a.contains(q) ? 3 : -1;
            if (r > 0) {
                rank.merge(alias.actor(), r, Math::min);
            }
        }
        return rank.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    static String fold(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char ch = n.charAt(i);
            if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                b.append(Character.toLowerCase(ch));
            }
        }
        String out = b.toString();
        return out.startsWith("the ") ? out.substring(4) : out;
    }
}
