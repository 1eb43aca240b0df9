package it.wecare.factotum.barter.control;

/** Where a collected item goes: the impact report counts the kilograms and the value reused. */
public enum Destination {
    /** reused: the solidarity shop sells it again */
    REUSE,
    /** given to a person or an association that needs it */
    DONATION,
    /** its materials are recycled */
    RECYCLING,
    /** nothing could be saved: disposed of properly */
    DISPOSAL;

    /** Whether the item keeps serving as it is (the report's "reused"). */
    public boolean reused() {
        return this == REUSE || this == DONATION;
    }
}
