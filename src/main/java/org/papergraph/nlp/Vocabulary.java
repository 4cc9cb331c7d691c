package org.papergraph.nlp;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.Bundled;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The SKOS vocabulary of known ML terms ({@code ontology/vocabulary/*.ttl}), read into plain entries the
 * extractor can match. Entry ids are the local names under {@code …/resource/entity/}, so the vocabulary does
 * not depend on the resource base a store is configured with.
 */
public final class Vocabulary {

    /** The namespace the vocabulary files write their entries in. */
    public static final String FILE_NAMESPACE = "https://w3id.org/papergraph/resource/entity/";
    public static final String PG = "https://w3id.org/papergraph/ontology#";

    /** One concept of the vocabulary. */
    public record Entry(String id, EntityType type, String prefLabel, List<String> altLabels, boolean generic,
                        List<String> broader, String definition) {
        public List<String> labels() {
            List<String> all = new ArrayList<>(altLabels.size() + 1);
            all.add(prefLabel);
            all.addAll(altLabels);
            return all;
        }
    }

    private final Map<String, Entry> byId;
    private final Map<String, List<Entry>> byKey;
    private final String fingerprint;

    private Vocabulary(Map<String, Entry> byId, String fingerprint) {
        this.byId = Collections.unmodifiableMap(byId);
        Map<String, List<Entry>> keys = new TreeMap<>();
        for (Entry e : byId.values()) {
            for (String label : e.labels()) {
                List<Entry> owners = keys.computeIfAbsent(LabelKeys.key(label), k -> new ArrayList<>(1));
                if (!owners.contains(e)) owners.add(e);
            }
        }
        this.byKey = keys;
        this.fingerprint = fingerprint;
    }

    private static volatile Vocabulary bundled;

    /** The vocabulary shipped with papergraph (read once per JVM). */
    public static Vocabulary bundled() {
        Vocabulary v = bundled;
        if (v == null) {
            synchronized (Vocabulary.class) {
                if (bundled == null) bundled = load(bundledFiles());
                v = bundled;
            }
        }
        return v;
    }

    /** Bundled vocabulary files by name, with their Turtle text. */
    public static Map<String, String> bundledFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : Bundled.list("ontology/vocabulary", ".ttl")) files.put(name, Bundled.read(name));
        return files;
    }

    /** Reads vocabulary files (name → Turtle text); entries must follow ontology/vocabulary/README.md. */
    public static Vocabulary load(Map<String, String> turtleFiles) {
        Model model = ModelFactory.createDefaultModel();
        MessageDigest sha = sha256();
        for (Map.Entry<String, String> f : turtleFiles.entrySet()) {
            RDFParser.fromString(f.getValue(), Lang.TURTLE).base(FILE_NAMESPACE).parse(model);
            sha.update(f.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update(f.getValue().getBytes(StandardCharsets.UTF_8));
        }
        return new Vocabulary(entries(model), HexFormat.of().formatHex(sha.digest()).substring(0, 12));
    }

    private static Map<String, Entry> entries(Model model) {
        Map<String, Entry> out = new TreeMap<>();
        for (EntityType type : EntityType.values()) {
            Resource cls = model.createResource(PG + type.localName());
            model.listSubjectsWithProperty(RDF.type, cls).forEachRemaining(r -> {
                if (!r.isURIResource() || !r.getURI().startsWith(FILE_NAMESPACE)) return;
                String id = r.getURI().substring(FILE_NAMESPACE.length());
                String pref = literal(r.getProperty(SKOS.prefLabel));
                if (pref == null) throw new IllegalArgumentException("vocabulary entry without skos:prefLabel: " + r);
                List<String> alts = new ArrayList<>();
                r.listProperties(SKOS.altLabel).forEachRemaining(s -> alts.add(s.getString()));
                Collections.sort(alts);
                List<String> broader = new ArrayList<>();
                r.listProperties(SKOS.broader).forEachRemaining(s -> {
                    RDFNode o = s.getObject();
                    if (o.isURIResource() && o.asResource().getURI().startsWith(FILE_NAMESPACE)) {
                        broader.add(o.asResource().getURI().substring(FILE_NAMESPACE.length()));
                    }
                });
                Collections.sort(broader);
                boolean generic = r.hasLiteral(model.createProperty(PG + "generic"), true);
                Entry previous = out.put(id, new Entry(id, type, pref, List.copyOf(alts), generic, List.copyOf(broader),
                        literal(r.getProperty(SKOS.definition))));
                if (previous != null) throw new IllegalArgumentException("vocabulary entry with two types: " + r);
            });
        }
        return out;
    }

    private static String literal(Statement s) {
        return s == null ? null : s.getString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Entry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Entry> entries() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }

    /** Entries one of whose labels has the same {@link LabelKeys#key merge key} as {@code label}. */
    public List<Entry> byLabel(String label) {
        return byKey.getOrDefault(LabelKeys.key(label), List.of());
    }

    /** A short hash of the vocabulary files: part of the extractor identity stored with every note. */
    public String fingerprint() {
        return fingerprint;
    }
}
