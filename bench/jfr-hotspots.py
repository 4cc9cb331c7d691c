#!/usr/bin/env python3
"""Summarise a JFR recording of an ingest: where the CPU samples fall.

Usage: jfr print --events jdk.ExecutionSample --stack-depth 96 REC.jfr > samples.txt
       python3 bench/jfr-hotspots.py samples.txt

Each sample is attributed to a stage by the frames on its stack: start-up (building the CoreNLP pipeline and the
vocabulary), CoreNLP annotation (NlpPipeline.annotate on the stack), papergraph's extraction rules (org.papergraph.nlp
without annotate), RDF mapping / store writing (PaperWriter and what it calls), other. Then, for the rules, the papergraph methods that are on
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
    if any('NlpPipeline.<init>' in n or 'Vocabulary.bundled' in n for n in names):
        return 'start-up: CoreNLP models, vocabulary and its RegexNER annotators'
    if any('NlpPipeline.annotate' in n for n in names):
        return 'CoreNLP annotation'
    if any(n.startswith('org.papergraph.nlp.') for n in names):
        return 'extraction rules (org.papergraph.nlp)'
    if any('PaperWriter' in n or 'EntityDescriptions' in n or 'CorpusStatistics' in n for n in names):
        return 'RDF mapping and store writing'
    return 'other (reading, JIT, GC threads not sampled)'


def writer_part(stack):
    """The writer's step a sample falls in: the outermost papergraph frame below PaperWriter.apply/write."""
    ours = [n for n in stack if n.startswith('org.papergraph.')]
    for n in reversed(ours):   # outermost first
        if n.endswith('PaperWriter.apply') or n.endswith('PaperWriter.write') or 'lambda$' in n \
                or n.startswith('org.papergraph.pipeline.') or n.startswith('org.papergraph.cli.') or n.endswith('TdbStore.write'):
            continue
        return n
    tdb = [n for n in stack if 'Txn' in n or 'commit' in n.lower()]
    return 'TDB2 transaction begin/commit' if tdb else (ours[0] if ours else stack[0])


def main():
    stages = collections.Counter()
    inclusive = collections.Counter()
    selfish = collections.Counter()
    total = 0
    rules = 0
    writer = collections.Counter()
    writing = 0
    for st in samples(sys.argv[1]):
        total += 1
        s = stage(st)
        stages[s] += 1
        if s.startswith('RDF mapping'):
            writing += 1
            writer[writer_part(st)] += 1
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
    if writing:
        print(f'\nRDF mapping and store writing, {writing} samples: by part')
        for m, n in writer.most_common():
            print(f'  {n / writing:6.1%}  {m}')
    if rules:
        print(f'\nextraction rules, {rules} samples: methods on the stack (inclusive)')
        for m, n in inclusive.most_common(15):
            print(f'  {n / rules:6.1%}  {m}')
        print('\nextraction rules: innermost papergraph method (self, with the library code it calls)')
        for m, n in selfish.most_common(15):
            print(f'  {n / rules:6.1%}  {m}')


if __name__ == '__main__':
    main()
