package dev.parley.extract;

import dev.parley.api.SpeakerType;

/** A resolved speaker: canonical name, type and ISO alpha-3 country (null when unknown). */
record Speaker(String name, SpeakerType type, String country) {}
