#!/usr/bin/env python3
"""Summarise a JFR recording of an ingest: where the CPU samples fall.

Usage: jfr print --events jdk.ExecutionSample --stack-depth 96 REC.jfr > samples.txt
       python3 bench/jfr-hotspots.py samples.txt

Each sample is attributed to a stage by the frames on its stack (innermost papergraph frame decides):
CoreNLP annotation (NlpPipeline.annotate on the stack), papergraph's extraction rules (CoreNlpExtractor without
annotate), RDF mapping / store writing (PaperWriter), other. Then, for the rules, the papergraph methods that are on
the stack of most samples (inclusive) and that are the innermost papergraph frame (self, including library code
they call).
"""
import collections
import re
import sys

FRAME = re.compile(r'^\s+([\w.$<>]+)\(')


def samples(path):
    stack = []
    inside = False
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('jdk.ExecutionSample'):
                if stack:
                    yield stack
                stack, inside = [], False
            elif 'stackTrace = [' in line:
                inside = True
            elif inside:
                m = FRAME.match(line)
                if m:
                    stack.append(m.group(1))
                elif line.strip() == ']':
                    inside = False
    if stack:
        yield stack


def stage(stack):
    names = stack
    if any('NlpPipeline.annotate' in n for n in names):
        return 'CoreNLP annotation'
    if any(n.startswith('org.papergraph.nlp.') for n in names):
        return 'extraction rules (org.papergraph.nlp)'
    if any('PaperWriter' in n or 'EntityDescriptions' in n or 'CorpusStatistics' in n for n in names):
        return 'RDF mapping and store writing'
    return 'other (reading, JIT, GC threads not sampled)'


def main():
    stages = collections.Counter()
    inclusive = collections.Counter()
    selfish = collections.Counter()
    total = 0
    rules = 0
    for st in samples(sys.argv[1]):
        total += 1
        s = stage(st)
        stages[s] += 1
        if s.startswith('extraction rules'):
            rules += 1
            ours = [n for n in st if n.startswith('org.papergraph.nlp.')]
            for n in set(ours):
                inclusive[n] += 1
            if ours:
                selfish[ours[0]] += 1
    print(f'{total} CPU samples')
    for s, n in stages.most_common():
        print(f'  {n / total:6.1%}  {s}')
    if rules:
        print(f'\nextraction rules, {rules} samples: methods on the stack (inclusive)')
        for m, n in inclusive.most_common(15):
            print(f'  {n / rules:6.1%}  {m}')
        print('\nextraction rules: innermost papergraph method (self, with the library code it calls)')
        for m, n in selfish.most_common(15):
            print(f'  {n / rules:6.1%}  {m}')


if __name__ == '__main__':
    main()
