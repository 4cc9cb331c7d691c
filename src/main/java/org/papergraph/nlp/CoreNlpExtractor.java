package org.papergraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import org.papergraph.Version;
import org.papergraph.ingest.PaperNote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * papergraph's extractor: CoreNLP annotates the note (mathematics masked), then the steps run in order, each
 * reading what the previous ones left:
 * <ol>
 * <li>candidate rules propose spans (vocabulary, acronym definitions, name shapes, quoted coinages, proposal
 *     objects, type-head phrases);</li>
 * <li>type evidence votes types from context and folds descriptions into the names they describe;</li>
 * <li>span selection keeps the longest non-overlapping spans; coordination adds list members; selection again;</li>
 * <li>appositions mark the phrases that only say what kind of thing a name is;</li>
 * <li>grouping merges mentions into the note's entities; roles come from each mention's sentence, then from
 *     the whole note;</li>
 * <li>relations and quantities are read off the entities and the parse.</li>
 * </ol>
 */
public final class CoreNlpExtractor implements Extractor {

    private static final List<CandidateRule> CANDIDATE_RULES = List.of(new VocabularySpans(), new AcronymDefinitions(),
            new NameSpans(), new AdjectivalNames(), new QuotedCoinages(), new ProposalObjects(), new TypeHeadPhrases(),
            new Enumerations(), new ComparativeForms(), new TitleTerms(), new ComparedSystems());

    private final NlpPipeline pipeline;
    private final Lexicon lexicon;
    private final String identity;

    public CoreNlpExtractor(NlpPipeline pipeline) {
        this(pipeline, Lexicon.bundled());
    }

    public CoreNlpExtractor(NlpPipeline pipeline, Lexicon lexicon) {
        this.pipeline = pipeline;
        this.lexicon = lexicon;
        this.identity = identity(pipeline.vocabulary(), lexicon);
    }

    /** The identity of an extractor over this vocabulary and these rules, known without loading CoreNLP. */
    public static String identity(Vocabulary vocabulary, Lexicon lexicon) {
        return "papergraph/" + Version.get() + " vocabulary/" + vocabulary.fingerprint() + " rules/" + lexicon.fingerprint();
    }

    /** The extractor over the JVM's shared CoreNLP pipeline. */
    public static CoreNlpExtractor shared() {
        return new CoreNlpExtractor(NlpPipeline.shared());
    }

    @Override
    public String identity() {
        return identity;
    }

    @Override
    public Extraction extract(PaperNote note) {
        String text = note.summary();
        Annotation annotation = pipeline.annotate(TextMasker.mask(text));
        List<ParsedSentence> sentences = new ArrayList<>();
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) sentences.add(new ParsedSentence(sentences.size(), s));
        NoteContext context = new NoteContext(text, note.title(), sentences, pipeline.vocabulary(), lexicon);

        List<Candidate> candidates = new ArrayList<>();
        for (ParsedSentence s : sentences) for (CandidateRule rule : CANDIDATE_RULES) rule.find(s, context, candidates);
        candidates.removeIf(c -> containsMaskedMath(c, text));
        TitleTerms.boost(candidates, context);
        DefinitionReconciler.apply(candidates, context);
        TypeEvidence.apply(candidates, context);
        List<Candidate> selected = SpecificTerms.extend(SpanSelection.select(candidates), context);
        List<Candidate> conjuncts = Coordinations.expand(selected, context);
        if (!conjuncts.isEmpty()) {
            List<Candidate> all = new ArrayList<>(selected);
            all.addAll(conjuncts);
            selected = SpanSelection.select(all);
        }

        for (Candidate c : selected) {
            for (Candidate o : selected) if (o != c && o.contains(c) && o.head() == c.head()) c.nestedHead = true;
        }
        Appositions.markKinds(selected, lexicon);
        EntityGrouping grouping = new EntityGrouping(selected, context);
        for (EntityGrouping.Group g : grouping.groups()) {
            for (Candidate m : g.members) RoleCues.assign(m, g.type, context);
        }
        RoleCues.continueLists(selected, grouping);
        RoleCues.tasksOnDatasets(selected, grouping);
        for (EntityGrouping.Group g : grouping.groups()) decideRole(g);
        grouping.name(context);
        NoteRoles.apply(grouping, context);

        Map<EntityGrouping.Group, Integer> ids = new IdentityHashMap<>();
        List<Extraction.NoteEntity> entities = new ArrayList<>();
        for (EntityGrouping.Group g : grouping.groups()) {
            if (g.generic) continue;
            ids.put(g, entities.size());
            entities.add(toEntity(entities.size(), g, text));
        }
        RelationFinder relationFinder = new RelationFinder(context, grouping, ids);
        List<Extraction.Relation> relations = relationFinder.find();
        for (EntityGrouping.Group g : relationFinder.raised()) entities.set(ids.get(g), toEntity(ids.get(g), g, text));
        // a token two mentions cover ("ImageNet top-1 accuracy" and "top-1 accuracy") belongs to the longer one, the
        // first in the note's order on a tie: the same note always qualifies its quantities the same way (the ids map
        // is an IdentityHashMap, whose order changes from run to run)
        Map<Integer, Integer> entityByToken = new HashMap<>();
        Map<Integer, Integer> coveringLength = new HashMap<>();
        for (EntityGrouping.Group g : grouping.groups()) {
            Integer id = ids.get(g);
            if (id == null) continue;
            for (Candidate m : g.members) {
                for (int t = m.from; t < m.to; t++) {
                    int key = m.sentence.index() * 10_000 + t;
                    if (m.to - m.from > coveringLength.getOrDefault(key, 0)) {
                        entityByToken.put(key, id);
                        coveringLength.put(key, m.to - m.from);
                    }
                }
            }
        }
        List<Extraction.Quantity> quantities = QuantityFinder.find(context, k -> entityByToken.getOrDefault(k, -1));
        List<Extraction.Sentence> sentenceSpans = sentences.stream()
                .map(s -> new Extraction.Sentence(s.index(), s.begin(), s.end())).toList();
        return new Extraction(note, identity, sentenceSpans, entities, relations, quantities);
    }

    /** The strongest role among the surer mentions; confidence combines the mentions (noisy-or). */
    private static void decideRole(EntityGrouping.Group g) {
        double miss = 1.0;
        for (Candidate m : g.members) miss *= 1.0 - Math.min(m.confidence, 0.99);
        g.confidence = Math.min(0.99, 1.0 - miss);
        double best = g.members.stream().mapToDouble(m -> m.confidence).max().orElse(0);
        for (Candidate m : g.members) {
            if (m.confidence + 1e-9 < Math.min(best, 0.5)) continue;
            if (m.role.strongerThan(g.role)) {
                g.role = m.role;
                g.roleRule = m.roleRule;
            }
        }
    }

    private static Extraction.NoteEntity toEntity(int id, EntityGrouping.Group g, String text) {
        List<String> labels = new ArrayList<>();
        labels.add(g.name);
        List<Extraction.Mention> mentions = new ArrayList<>();
        for (Candidate m : g.members) {
            String surface = m.surface(text);
            if (!labels.contains(surface)) labels.add(surface);
            mentions.add(new Extraction.Mention(m.sentence.index(), m.begin(), m.end(),
                    surface, m.rule.label, m.role, m.roleRule, m.confidence));
        }
        return new Extraction.NoteEntity(id, g.name, labels, g.vocabularyId, g.type, g.typeConfidence,
                g.role, g.confidence, mentions);
    }

    private static boolean containsMaskedMath(Candidate c, String text) {
        String surface = c.surface(text);
        return surface.contains("\\(") || surface.contains("\\[") || surface.contains("$");
    }
}
