"""Claims: wordings of one proposition in an article become one claim.

Registers the `claims` pipeline stage. Cross-article assignment lives in
`claimgraph.claims.assign`; the article-level stance toward a given claim in
`claimgraph.claims.article_stance`.
"""

from claimgraph.registry import stages


@stages.register("claims")
def stage(analysis) -> None:
    from claimgraph.claims.document import build_claims

    analysis.claims = build_claims(analysis)
