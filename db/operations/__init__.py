"""Every change to a case goes through these operations; each writes its audit event in the
same transaction (the unit of work). The GUI, the command line and the tests share them."""

from ..views import QuotesSummary
from .actors import (
    Merge,
    add_actor,
    add_alias,
    drop_alias,
    edit_actor,
    find_actor,
    find_or_add_actor,
    keep_spelling,
    merge_actors,
    rebuild_actor_name_keys,
    unmerge_actor,
)
from .anchors import accept_anchor, anchor_snapshot, keep_version, restore_anchor
from .case_settings import publish_url, set_publish_url
from .claims import (
    add_claim,
    delete_claim,
    duplicate_claim,
    edit_claim,
    four_eyes,
    restore_claim,
    send_back,
    set_four_eyes,
    set_verdict,
    sign_off,
    withdraw_signoff,
)
from .hop_chain import move_hop, remove_hop, restore_hop
from .hops import add_hop, edit_hop, hop_quote_not_located, set_hop_status
from .reviews import ReviewStep, put_back_review, review_step, reviewed_values, take_back_review
from .snapshots import expect_state, record_state
from .sources import add_source, edit_source, evidence_bytes, import_evidence, store_evidence
from .suggestions import SuggestedHop, add_claim_from_suggestion, add_suggested_hops
from .translation_hops import (
    OriginalActorUnknown,
    OriginalHop,
    SpeakerNotTranslator,
    add_hop_from_original,
)
from .translations import (
    Linked,
    compute_alignment,
    dismiss_proposed_link,
    link_translation,
    realign_links,
    restore_proposed_link,
    unlink_translation,
)
from .trash import Purged, delete_actor, delete_source, empty_trash, restore
from .versions import MostQuotesLost, NewVersion, add_version, undo_version

__all__ = [
    "Linked",
    "Merge",
    "MostQuotesLost",
    "NewVersion",
    "OriginalActorUnknown",
    "OriginalHop",
    "Purged",
    "QuotesSummary",
    "ReviewStep",
    "SpeakerNotTranslator",
    "SuggestedHop",
    "accept_anchor",
    "add_actor",
    "add_alias",
    "add_claim",
    "add_claim_from_suggestion",
    "add_hop",
    "add_hop_from_original",
    "add_source",
    "add_suggested_hops",
    "add_version",
    "anchor_snapshot",
    "compute_alignment",
    "delete_actor",
    "delete_claim",
    "delete_source",
    "dismiss_proposed_link",
    "drop_alias",
    "duplicate_claim",
    "edit_actor",
    "edit_claim",
    "edit_hop",
    "edit_source",
    "empty_trash",
    "evidence_bytes",
    "expect_state",
    "find_actor",
    "find_or_add_actor",
    "four_eyes",
    "hop_quote_not_located",
    "import_evidence",
    "keep_spelling",
    "keep_version",
    "link_translation",
    "merge_actors",
    "move_hop",
    "publish_url",
    "put_back_review",
    "realign_links",
    "rebuild_actor_name_keys",
    "record_state",
    "remove_hop",
    "restore",
    "restore_anchor",
    "restore_claim",
    "restore_hop",
    "restore_proposed_link",
    "review_step",
    "reviewed_values",
    "send_back",
    "set_four_eyes",
    "set_hop_status",
    "set_publish_url",
    "set_verdict",
    "sign_off",
    "store_evidence",
    "take_back_review",
    "undo_version",
    "unlink_translation",
    "unmerge_actor",
    "withdraw_signoff",
]
