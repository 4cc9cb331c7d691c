package org.papergraph.generate;

import org.papergraph.nlp.Vocabulary;

import java.util.List;
import java.util.Random;

/**
 * The name each generated paper gives what it proposes: an acronym unique to the paper and a long form whose words
 * start with its letters ("Sparse Gated Routing Optimization (SGRO)"), so acronym definitions are found and every
 * title is distinct. The acronym is a bijection of the paper's number (four of twenty letters: 160,000 papers before
 * a fifth letter is needed), scrambled by the seed so neighbouring papers do not look alike.
 */
final class PaperNames {

    private static final String LETTERS = "ABCDEFGHILMNOPRSTUVW";
    private static final String[][] MODIFIERS = {
            {"Adaptive", "Aligned", "Augmented", "Asymmetric", "Autoregressive"},
            {"Balanced", "Bayesian", "Bidirectional", "Block", "Bounded"},
            {"Contrastive", "Curriculum", "Conditional", "Compressed", "Causal"},
            {"Dynamic", "Distilled", "Decoupled", "Dense", "Differentiable"},
            {"Efficient", "Ensemble", "Explicit", "Equivariant", "Elastic"},
            {"Factorized", "Federated", "Fused", "Frequency-aware", "Flexible"},
            {"Gated", "Gradient", "Graph", "Generative", "Grounded"},
            {"Hierarchical", "Hybrid", "Hessian-free", "Heterogeneous", "Harmonic"},
            {"Implicit", "Iterative", "Invariant", "Incremental", "Interleaved"},
            {"Latent", "Layer-wise", "Learned", "Linear", "Low-rank"},
            {"Masked", "Modular", "Multi-scale", "Momentum", "Memory-efficient"},
            {"Neural", "Normalized", "Noise-aware", "Nested", "Nonlinear"},
            {"Optimal", "Orthogonal", "Online", "Ordered", "Object-centric"},
            {"Progressive", "Probabilistic", "Parallel", "Pruned", "Patch-level"},
            {"Robust", "Recurrent", "Residual", "Regularized", "Retrieval-augmented"},
            {"Sparse", "Structured", "Stochastic", "Self-supervised", "Spectral"},
            {"Token-level", "Temporal", "Transferable", "Tensorized", "Task-aware"},
            {"Unified", "Uncertainty-aware", "Universal", "Unsupervised", "Unrolled"},
            {"Variational", "Vector", "Visual", "Value-guided", "Verified"},
            {"Weighted", "Wavelet", "Warm-started", "Windowed", "Weak-to-strong"},
    };
    private static final String[][] HEADS = {
            {"Alignment", "Adaptation", "Aggregation"}, {"Bottleneck", "Boosting", "Batching"},
            {"Compression", "Calibration", "Clustering"}, {"Distillation", "Decoding", "Denoising"},
            {"Encoding", "Estimation", "Embedding"}, {"Filtering", "Fusion", "Fine-Tuning"},
            {"Grafting", "Gating", "Generation"}, {"Hashing", "Heads", "Hierarchy"},
            {"Inference", "Initialization", "Interpolation"}, {"Learning", "Loss", "Lookahead"},
            {"Modeling", "Merging", "Masking"}, {"Normalization", "Networks", "Nudging"},
            {"Optimization", "Ordering", "Objectives"}, {"Pretraining", "Pruning", "Prompting"},
            {"Regularization", "Routing", "Reconstruction"}, {"Sampling", "Scheduling", "Steering"},
            {"Tokenization", "Training", "Transfer"}, {"Unlearning", "Updates", "Upsampling"},
            {"Verification", "Voting", "Vectors"}, {"Warmup", "Weighting", "Watermarking"},
    };
    private static final long SPACE_4 = 160_000L;   // 20^4

    /** A paper's own name: its acronym and the long form the acronym stands for. */
    record Name(String acronym, String longForm) {}

    private final Vocabulary vocabulary;
    private final long scramble;

    PaperNames(Vocabulary vocabulary, long seed) {
        this.vocabulary = vocabulary;
        // odd multiplier not divisible by 5: a bijection modulo 20^k; the offset depends on the seed
        this.scramble = Math.floorMod(seed * 0x9E3779B97F4A7C15L, SPACE_4);
    }

    Name of(long paperIndex, Random random) {
        int letters = paperIndex < SPACE_4 ? 4 : 5;
        long space = letters == 4 ? SPACE_4 : SPACE_4 * 20;
        long code = Math.floorMod(paperIndex * 7_919L + scramble, space);
        int[] digits = new int[letters];
        for (int i = letters - 1; i >= 0; i--) {
            digits[i] = (int) (code % 20);
            code /= 20;
        }
        StringBuilder acronym = new StringBuilder();
        StringBuilder longForm = new StringBuilder();
        for (int i = 0; i < letters; i++) {
            acronym.append(LETTERS.charAt(digits[i]));
            String[] words = i == letters - 1 ? HEADS[digits[i]] : MODIFIERS[digits[i]];
            if (i > 0) longForm.append(' ');
            longForm.append(words[random.nextInt(words.length)]);
        }
        String acr = acronym.toString();
        // a digit suffix (MR2-like) now and then, and always when the letters spell a vocabulary term
        if (random.nextInt(7) == 0 || !vocabulary.byLabel(acr).isEmpty()) acr = acr + (2 + random.nextInt(8));
        return new Name(acr, longForm.toString());
    }

    static List<String> letters() {
        return List.of(LETTERS.split(""));
    }
}
