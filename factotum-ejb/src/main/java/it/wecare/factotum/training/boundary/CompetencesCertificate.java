package it.wecare.factotum.training.boundary;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The competences certificate ("attestazione delle competenze") of a traineeship, in Italian: who, the
 * promoter and the host, the period and the hours, the occupational profile, each competence with the level
 * reached against the one aimed at, and the two sign-offs (promoter's and host's tutors). Built with
 * OpenPDF's standard fonts, as the quote is.
 */
final class CompetencesCertificate {

    private static final Locale ITALIAN = PdfParts.ITALIAN;

    /** Who issues it: the cooperative and the promoter. */
    record Issuer(String cooperativeName, String promoterName) {}

    private CompetencesCertificate() {}

    static byte[] render(Issuer issuer, TraineeshipView t) {
        ResourceBundle texts = ResourceBundle.getBundle("it.wecare.factotum.training.boundary.certificate", ITALIAN);
        NumberFormat hours = NumberFormat.getNumberInstance(ITALIAN);
        hours.setMaximumFractionDigits(1);
        PdfParts pdf = new PdfParts();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle(texts.getString("title") + " – " + t.traineeName());
        document.addAuthor(issuer.cooperativeName());
        document.open();
        document.add(new Paragraph(issuer.cooperativeName(), pdf.bold));
        Paragraph head = new Paragraph(texts.getString("title"), pdf.title);
        head.setSpacingBefore(14);
        head.setSpacingAfter(4);
        document.add(head);
        document.add(new Paragraph(texts.getString("subtitle"), pdf.small));
        document.add(new Paragraph(" ", pdf.small));
        document.add(pdf.fact(texts.getString("trainee"), t.traineeName()));
        document.add(pdf.fact(texts.getString("promoter"), issuer.promoterName()));
        document.add(
                pdf.fact(texts.getString("host"), t.hostName() + (t.hostSite() == null ? "" : " – " + t.hostSite())));
        document.add(pdf.fact(
                texts.getString("kind"), texts.getString("kind." + t.kind().name())));
        LocalDate end = t.endedOn() != null ? t.endedOn() : t.endsOn();
        document.add(pdf.fact(
                texts.getString("period"), PdfParts.DAY.format(t.startsOn()) + " – " + PdfParts.DAY.format(end)));
        BigDecimal share = t.hoursPlanned().signum() == 0
                ? BigDecimal.ZERO
                : t.hoursDone().multiply(BigDecimal.valueOf(100)).divide(t.hoursPlanned(), 0, RoundingMode.HALF_UP);
        document.add(pdf.fact(
                texts.getString("hours"),
                hours.format(t.hoursDone()) + " / " + hours.format(t.hoursPlanned()) + " (" + share + " %)"));
        if (t.occupationalProfile() != null) {
            document.add(pdf.fact(texts.getString("profile"), t.occupationalProfile()));
        }
        document.add(pdf.fact(texts.getString("educator"), t.educatorName()));
        document.add(pdf.fact(texts.getString("tutor"), t.tutorName()));

        Paragraph competences = new Paragraph(texts.getString("competences"), pdf.bold);
        competences.setSpacingBefore(14);
        competences.setSpacingAfter(6);
        document.add(competences);
        PdfPTable table = new PdfPTable(new float[] {4.2f, 2.4f, 1.7f, 1.7f});
        table.setWidthPercentage(100);
        for (String h : new String[] {"competence", "service", "target", "reached"}) {
            table.addCell(pdf.cell(texts.getString("column." + h), true));
        }
        for (TraineeshipView.Objective o : t.objectives()) {
            table.addCell(pdf.cell(o.competence(), false));
            table.addCell(pdf.cell(o.serviceName(), false));
            table.addCell(pdf.cell(texts.getString("level." + o.targetLevel()), false));
            table.addCell(
                    pdf.cell(o.reachedLevel() == null ? "—" : texts.getString("level." + o.reachedLevel()), false));
        }
        document.add(table);
        if (t.assessment() != null && t.assessment().note() != null) {
            Paragraph note = new Paragraph(
                    texts.getString("note") + ": " + t.assessment().note(), pdf.plain);
            note.setSpacingBefore(10);
            document.add(note);
        }
        Paragraph scale = new Paragraph(texts.getString("scale"), pdf.small);
        scale.setSpacingBefore(10);
        document.add(scale);

        PdfPTable signatures = new PdfPTable(2);
        signatures.setWidthPercentage(100);
        signatures.setSpacingBefore(30);
        signatures.addCell(pdf.signature(
                texts.getString("signature.promoter"),
                t.educatorName(),
                t.assessment().educatorSignedOn()));
        signatures.addCell(pdf.signature(
                texts.getString("signature.host"), t.tutorName(), t.assessment().tutorSignedOn()));
        document.add(signatures);
        Paragraph source = new Paragraph(texts.getString("source." + t.kind().name()), pdf.small);
        source.setSpacingBefore(20);
        document.add(source);
        document.close();
        return out.toByteArray();
    }
}
