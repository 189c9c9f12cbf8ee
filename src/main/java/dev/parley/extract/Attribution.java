package dev.parley.extract;

import dev.parley.api.SpeakerType;
import dev.parley.text.Span;

/**
 * One reporting act found in a text: who (as written and resolved), the cue, and the content.
 *
 * @param content the content span, exact: direct quotes without their marks
 * @param isDirect true for a quotation inside quote marks
 * @param cue the reporting verb or phrase as written ("said", "according to")
 * @param cueSpan where the cue stands, null when the cue is implicit
 * @param speakerRaw the mention nearest the cue as written ("she", "the spokesman")
 * @param speakerSpan where that mention stands, null when none is written
 * @param speaker the canonical name (CONTRACT.md "Canonical speaker names")
 * @param speakerType the kind of speaker
 * @param speakerCountry ISO 3166 alpha-3 where known, else null
 */
public record Attribution(
    Span content,
    boolean isDirect,
    String cue,
    Span cueSpan,
    String speakerRaw,
    Span speakerSpan,
    String speaker,
    SpeakerType speakerType,
    String speakerCountry) {}
