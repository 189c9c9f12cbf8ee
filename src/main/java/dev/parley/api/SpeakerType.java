package dev.parley.api;

/** The kinds of speaker of CONTRACT.md. */
public enum SpeakerType {
  PERSON, ORGANIZATION, GOVERNMENT, MEDIA, UNKNOWN
}
