package io.timecoin.model;

/** Names of chaincode events; every write transaction emits exactly one. */
public final class EventNames {

  /** Payload: {@link VolunteerRegisteredEvent}. */
  public static final String VOLUNTEER_REGISTERED = "timecoin.VolunteerRegistered.v1";

  /** Payload: {@link EarningRecordedEvent}. */
  public static final String EARNING_RECORDED = "timecoin.EarningRecorded.v1";

  private EventNames() {}
}
