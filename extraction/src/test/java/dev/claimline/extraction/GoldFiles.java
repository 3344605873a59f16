package dev.claimline.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads annotated articles in the evaluation format and writes extraction output in the API's claim JSON, so that
 * {@code score.py --pred-dir} can score the extractor without a running service:
 *
 * <pre>java ... dev.claimline.extraction.GoldFiles OUT_DIR GOLD_DIR...</pre>
 */
final class GoldFiles {
    static final ObjectMapper JSON = new ObjectMapper();

    record Gold(String id, Article article, JsonNode claims) {}

    static List<Gold> read(Path dir) throws IOException {
        List<Gold> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode n = JSON.readTree(p.toFile());
                JsonNode a = n.get("article");
                Article article = new Article(
                        a.path("title").asText(""),
                        a.get("body").asText(),
                        LocalDate.parse(a.get("publishedAt").asText().substring(0, 10)),
                        a.path("url").asText(null),
                        a.path("source").asText(null),
                        a.path("language").asText(null));
                out.add(new Gold(n.get("id").asText(), article, n.get("claims")));
            }
        }
        return out;
    }

    static ObjectNode toJson(ExtractedClaim c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", c.type().name());
        ObjectNode claimant = o.putObject("claimant");
        claimant.put("code", c.claimant().code());
        claimant.put("name", c.claimant().name());
        claimant.put("mention", c.claimantMention());
        ArrayNode accused = o.putArray("accused");
        for (Actor a : c.accused()) {
            accused.addObject().put("code", a.code()).put("name", a.name());
        }
        if (c.accuser() == null) {
            o.putNull("accuser");
        } else {
            o.putObject("accuser")
                    .put("code", c.accuser().code())
                    .put("name", c.accuser().name());
        }
        if (c.date() == null) {
            o.putNull("date");
        } else {
            o.put("date", c.date().toString());
        }
        o.putObject("evidence")
                .put("text", c.evidence().text())
                .put("start", c.evidence().start())
                .put("end", c.evidence().end());
        o.put("confidence", c.confidence());
        return o;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        ClaimExtractor extractor = ClaimExtractor.create();
        for (int i = 1; i < args.length; i++) {
            for (Gold g : read(Path.of(args[i]))) {
                ObjectNode result = JSON.createObjectNode();
                ArrayNode claims = result.putArray("claims");
                for (ExtractedClaim c : extractor.extract(g.article()).claims()) {
                    claims.add(toJson(c));
                }
                JSON.writerWithDefaultPrettyPrinter()
                        .writeValue(out.resolve(g.id() + ".json").toFile(), result);
            }
        }
    }
}
