package org.papergraph.explore;

import org.apache.jena.graph.Node;
import org.papergraph.graph.ResourceIris;

/** The facts of the sample store the explorer's tests rely on: stable ones, which extraction work keeps. */
final class SampleFacts {

    static final ResourceIris IRIS = ResourceIris.defaults();
    static final Node KL_SHAMPOO = IRIS.entity("kl-shampoo");
    static final Node SHAMPOO = IRIS.entity("shampoo");
    static final String KL_TITLE = "Understanding and Improving Shampoo and SOAP via Kullback-Leibler Minimization";
    static final Node KL_PAPER = IRIS.paper(KL_TITLE);

    private SampleFacts() {}
}
