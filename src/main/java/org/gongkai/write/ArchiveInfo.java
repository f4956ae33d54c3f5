package org.gongkai.write;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.json.JsonWriter;
import org.gongkai.model.Portal;
import org.gongkai.model.PrintedDate;
import org.gongkai.model.Site;

/**
 * What an archival package says about the portal it holds, all from the content so that the same
 * content gives the same package: who publishes it ({@code site.yaml}'s host and contact), what it
 * is, the date it stands for (the newest publication date of its disclosures), the generator, the
 * published address when set, and the source documents the disclosures name.
 */
public record ArchiveInfo(String organization, String contact, String description, LocalDate date,
        String generator, Optional<String> baseUrl, List<String> sources) {

    /** "2022 年 10 月 27 日", "2022-10-27", "2022.10.27" … as disclosures print their dates. */

    /** "gongkai 0.1.0": the tool and its version, as the manifest and the packages name it. */
    public static final String GENERATOR = "gongkai " + Optional.ofNullable(ArchiveInfo.class.getPackage().getImplementationVersion())
            .orElse("开发版");

    public ArchiveInfo {
        sources = List.copyOf(sources);
    }

    /** As the manifest's "about" object: what {@code archive} needs to package a copy of the portal. */
    void write(JsonWriter json) {
        json.beginObject().member("organization", organization).member("contact", contact)
                .member("description", description).member("date", date.toString());
        baseUrl.ifPresent(b -> json.member("base_url", b));
        json.name("sources").beginArray();
        sources.forEach(json::value);
        json.endArray().endObject();
    }

    /** The manifest's "about" object back; empty when absent or unreadable (older manifests). */
    static Optional<ArchiveInfo> read(Object about, Object generator) {
        if (!(about instanceof Map<?, ?> m) || !(generator instanceof String g)) {
            return Optional.empty();
        }
        try {
            List<String> sources = m.get("sources") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
            return Optional.of(new ArchiveInfo(text(m, "organization"), text(m, "contact"), text(m, "description"),
                    LocalDate.parse(text(m, "date")), g,
                    m.get("base_url") instanceof String b ? Optional.of(b) : Optional.empty(), sources));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String text(Map<?, ?> m, String key) {
        return m.get(key) instanceof String s ? s : "";
    }

    /**
     * What the portal's content says: site.yaml's host, contact, title and description and
     * base_url; the newest publication date any disclosure prints (when none prints a date that
     * can be read, 31 December of the newest year, so the date still comes from the content).
     */
    public static ArchiveInfo of(Portal portal) {
        return of(portal, GENERATOR);
    }

    static ArchiveInfo of(Portal portal, String generator) {
        Site site = portal.site();
        LocalDate date = portal.disclosures().stream().map(d -> published(d.published()))
                .flatMap(Optional::stream).max(LocalDate::compareTo)
                .orElseGet(() -> portal.disclosures().stream().map(d -> Integer.parseInt(d.year())).max(Integer::compare)
                        .map(y -> LocalDate.of(y, 12, 31)).orElse(LocalDate.of(1980, 1, 1)));
        String description = site.description().isEmpty() ? site.title() : site.title() + "：" + site.description();
        List<String> sources = portal.disclosures().stream()
                .flatMap(d -> d.source().map(s -> d.path() + "：" + s.oneLine()).stream()).sorted().toList();
        return new ArchiveInfo(site.host(), site.contact(), description, date, generator, site.base(), sources);
    }

    static Optional<LocalDate> published(String text) {
        return PrintedDate.parse(text);
    }
}
