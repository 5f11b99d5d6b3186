"""The review web app: an ASGI app (FastAPI) over a ReviewSession, with Jinja2 pages and a JSON write API.

Writes need the per-session token that only the server's own pages carry (sent back in the
X-Claimspan-Token header), so another site open in the same browser cannot post decisions: it can
make the browser send a request, but it cannot read the token out of our pages. On a loopback
address the Host header must name the loopback too, so a DNS-rebound site cannot read the pages.
"""

from __future__ import annotations

import json
import secrets
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.middleware.trustedhost import TrustedHostMiddleware
from pydantic import ValidationError

from ..errors import Errors
from ..records import ClaimType
from ..referents import referent_note
from .decisions import Decision
from .gold_diff import GoldDiff, gold_diff
from .render import GOLD_LAYERS, LAYERS, claim_cards, document_marks, segments
from .session import ReviewError, ReviewSession

PACKAGE_DIR = Path(__file__).resolve().parent
TOKEN_HEADER = "X-Claimspan-Token"
DOCUMENTS_PER_PAGE = 100
CLAIMS_PER_PAGE = 200
CLAIM_TYPES = ClaimType.__args__
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


def allowed_hosts(bind_host: str) -> tuple[str, ...]:
    """Host headers to accept: the loopback names when bound to loopback, any name otherwise."""
    return LOOPBACK_HOSTS if bind_host in LOOPBACK_HOSTS else ("*",)


def create_app(session: ReviewSession, *, token: Optional[str] = None, hosts: Sequence[str] = ("*",)) -> FastAPI:
    """The app for one session; token defaults to a fresh random one, hosts are the Host headers accepted."""
    token = token or secrets.token_urlsafe(24)
    app = FastAPI(title="claimspan review", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(hosts))
    app.state.session, app.state.token = session, token
    app.mount("/static", StaticFiles(directory=PACKAGE_DIR / "static"), name="static")
    templates = Jinja2Templates(directory=PACKAGE_DIR / "templates")
    templates.env.filters["url_id"] = lambda value: quote(value, safe="")
    templates.env.filters["referent_note"] = referent_note

    @lru_cache(maxsize=None)
    def diff_of(doc_id: str) -> Optional[GoldDiff]:
        entry = session.documents[doc_id]
        return gold_diff(entry) if entry.gold is not None else None

    @app.exception_handler(ReviewError)
    async def review_error(request: Request, error: ReviewError) -> JSONResponse:
        return JSONResponse({"error": str(error)}, status_code=error.status)

    @app.get("/", response_class=HTMLResponse)
    def index(request: Request, page: int = 1):
        doc_ids = list(session.documents)
        pages = max(1, -(-len(doc_ids) // DOCUMENTS_PER_PAGE))
        page = min(max(page, 1), pages)
        rows = []
        for doc_id in doc_ids[(page - 1) * DOCUMENTS_PER_PAGE : page * DOCUMENTS_PER_PAGE]:
            diff = diff_of(doc_id)
            gold = None
            if diff is not None:
                mentions = ("actors", "dates", "figures", "sources", "quotes", "hedges")
                gold = {"claim_misses": diff.count("misses", ("claims",)), "claim_false": diff.count("false", ("claims",)), "mention_misses": diff.count("misses", mentions), "mention_false": diff.count("false", mentions)}
            rows.append({"doc_id": doc_id, "title": session.documents[doc_id].title, "counts": session.counts(doc_id), "gold": gold})
        totals = {key: sum(row["counts"][key] for row in rows) for key in ("claims", "sourced", "accepted", "rejected", "unreviewed")}
        has_gold = any(entry.gold is not None for entry in session.documents.values())
        context = {"rows": rows, "page": page, "pages": pages, "documents": len(doc_ids), "totals": totals, "has_gold": has_gold, "token": token}
        return templates.TemplateResponse(request, "index.html", context)

    @app.get("/doc/{doc_id:path}", response_class=HTMLResponse)
    def document_page(request: Request, doc_id: str, page: int = 1):
        entry = session.entry(doc_id)
        diff = diff_of(doc_id)
        reviewed = [session.reviewed_claim(claim) for claim in entry.claims]
        cards = claim_cards(session, entry, reviewed, diff)
        pages = max(1, -(-len(cards) // CLAIMS_PER_PAGE))
        page = min(max(page, 1), pages)
        context = {
            "entry": entry,
            "segments": segments(entry.text, document_marks(entry, reviewed, diff)),
            "cards": cards[(page - 1) * CLAIMS_PER_PAGE : page * CLAIMS_PER_PAGE],
            "claim_count": len(cards),
            "page": page,
            "pages": pages,
            "per_page": CLAIMS_PER_PAGE,
            "counts": session.counts(doc_id),
            "layers": LAYERS,
            "gold_layers": GOLD_LAYERS if diff is not None else (),
            "diff": diff,
            "claim_types": CLAIM_TYPES,
            "token": token,
        }
        return templates.TemplateResponse(request, "document.html", context)

    @app.get("/api/doc/{doc_id:path}")
    def document_state(doc_id: str):
        entry = session.entry(doc_id)
        claims = []
        for claim in entry.claims:
            state = session.state(claim.claim_id)
            claims.append({"claim_id": claim.claim_id, "status": state.status, "decisions": state.decisions, "claim": session.reviewed_claim(claim).model_dump(mode="json")})
        return {"doc_id": doc_id, "counts": session.counts(doc_id), "claims": claims}

    @app.post("/api/decisions")
    async def post_decision(request: Request):
        if not secrets.compare_digest(request.headers.get(TOKEN_HEADER, ""), token):
            raise ReviewError(403, Errors.E507)
        try:
            payload = json.loads(await request.body())
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise ReviewError(400, Errors.E503.format(detail=f"the body is not JSON ({error})")) from error
        if not isinstance(payload, dict):
            raise ReviewError(422, Errors.E503.format(detail="the body must be one JSON object"))
        payload.pop("time", None)
        try:
            decision = Decision.model_validate(payload)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "body"
            raise ReviewError(422, Errors.E503.format(detail=f"{where}: {first['msg'].lower()}")) from error
        state = session.decide(decision)
        claim = session.reviewed_claim(session.claims[decision.claim_id])
        return {"claim_id": decision.claim_id, "status": state.status, "decisions": state.decisions, "counts": session.counts(decision.doc_id), "claim": claim.model_dump(mode="json")}

    return app
