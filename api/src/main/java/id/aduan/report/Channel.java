package id.aduan.report;

/** How a report came in. */
public enum Channel {
  /** The web form (SPA or PWA). */
  WEB,
  /** A third-party application through Open311 GeoReport v2. */
  OPEN311,
  /** A text to the short code, through an SMS gateway. */
  SMS,
  /** A WhatsApp Business conversation. */
  WHATSAPP,
  /** Entered by an official for a complainant at the counter. */
  WALK_IN,
  /** Entered by an official for a complainant on the phone. */
  PHONE,
  /** Entered by an official from a post on social media (its link is kept). */
  SOCIAL_MEDIA;

  /** Channels on which an official enters a report for someone else. */
  public boolean enteredByOfficial() {
    return this == WALK_IN || this == PHONE || this == SOCIAL_MEDIA;
  }
}
