package it.wecare.factotum.api.training;

/** What a document kept in a traineeship's dossier is. */
public enum TraineeshipDocumentKind {
    /** The individual project, signed by the trainee, the promoter and the host. */
    SIGNED_PROJECT,
    /** The agreement between promoter and host ("convenzione di tirocinio"). */
    AGREEMENT,
    /** An insurance policy or the INAIL position. */
    INSURANCE,
    /** The signed attendance register of a month. */
    ATTENDANCE,
    /** The competences certificate, signed. */
    SIGNED_CERTIFICATE,
    /**
     * The social or health service's attestation (taking in charge, extension of an inclusion traineeship):
     * special-category data, erased with the special-category section.
     */
    SERVICE_ATTESTATION,
    /** Anything else, said in the note. */
    OTHER;

    /** Whether the document says why the person is followed (GDPR art. 9), so it is erased on time. */
    public boolean specialCategory() {
        return this == SERVICE_ATTESTATION;
    }
}
