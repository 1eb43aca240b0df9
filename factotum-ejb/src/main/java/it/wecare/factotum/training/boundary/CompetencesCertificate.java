package it.wecare.factotum.training.boundary;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The competences certificate ("attestazione delle competenze") of a traineeship, in Italian: who, the
 * promoter and the host, the period and the hours, the occupational profile, each competence with the level
 * reached against the one aimed at, and the two sign-offs (promoter's and host's tutors). Built with
 * OpenPDF's standard fonts, as the quote is.
 */
final class CompetencesCertificate {

    private static final Color INK = new Color(0x1f, 0x2a, 0x30);
    private static final Color ACCENT = new Color(0x14, 0x66, 0x5a);
    private static final Color RULE = new Color(0xd6, 0xdd, 0xe1);
    private static final Locale ITALIAN = Locale.ITALY;

    /** Who issues it: the cooperative and the promoter. */
    record Issuer(String cooperativeName, String promoterName) {}

    private CompetencesCertificate() {}

    static byte[] render(Issuer issuer, TraineeshipView t) {
        ResourceBundle texts = ResourceBundle.getBundle("it.wecare.factotum.training.boundary.certificate", ITALIAN);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", ITALIAN);
        NumberFormat hours = NumberFormat.getNumberInstance(ITALIAN);
        hours.setMaximumFractionDigits(1);
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 17, ACCENT);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10, INK);
        Font plain = FontFactory.getFont(FontFactory.HELVETICA, 10, INK);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 8, INK);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle(texts.getString("title") + " – " + t.traineeName());
        document.addAuthor(issuer.cooperativeName());
        document.open();
        document.add(new Paragraph(issuer.cooperativeName(), bold));
        Paragraph head = new Paragraph(texts.getString("title"), title);
        head.setSpacingBefore(14);
        head.setSpacingAfter(4);
        document.add(head);
        document.add(new Paragraph(texts.getString("subtitle"), small));
        Paragraph gap = new Paragraph(" ", small);
        document.add(gap);
        document.add(fact(texts.getString("trainee"), t.traineeName(), bold, plain));
        document.add(fact(texts.getString("promoter"), issuer.promoterName(), bold, plain));
        document.add(fact(
                texts.getString("host"),
                t.hostName() + (t.hostSite() == null ? "" : " – " + t.hostSite()),
                bold,
                plain));
        document.add(
                fact(texts.getString("kind"), texts.getString("kind." + t.kind().name()), bold, plain));
        LocalDate end = t.endedOn() != null ? t.endedOn() : t.endsOn();
        document.add(fact(texts.getString("period"), day.format(t.startsOn()) + " – " + day.format(end), bold, plain));
        BigDecimal share = t.hoursPlanned().signum() == 0
                ? BigDecimal.ZERO
                : t.hoursDone().multiply(BigDecimal.valueOf(100)).divide(t.hoursPlanned(), 0, RoundingMode.HALF_UP);
        document.add(fact(
                texts.getString("hours"),
                hours.format(t.hoursDone()) + " / " + hours.format(t.hoursPlanned()) + " (" + share + " %)",
                bold,
                plain));
        if (t.occupationalProfile() != null) {
            document.add(fact(texts.getString("profile"), t.occupationalProfile(), bold, plain));
        }
        document.add(fact(texts.getString("educator"), t.educatorName() == null ? "—" : t.educatorName(), bold, plain));
        document.add(fact(texts.getString("tutor"), t.tutorName(), bold, plain));

        Paragraph competences = new Paragraph(texts.getString("competences"), bold);
        competences.setSpacingBefore(14);
        competences.setSpacingAfter(6);
        document.add(competences);
        PdfPTable table = new PdfPTable(new float[] {4.2f, 2.4f, 1.7f, 1.7f});
        table.setWidthPercentage(100);
        for (String h : new String[] {"competence", "service", "target", "reached"}) {
            table.addCell(cell(texts.getString("column." + h), bold, Element.ALIGN_LEFT, true));
        }
        for (TraineeshipView.Objective o : t.objectives()) {
            table.addCell(cell(o.competence(), plain, Element.ALIGN_LEFT, false));
            table.addCell(cell(o.serviceName(), plain, Element.ALIGN_LEFT, false));
            table.addCell(cell(texts.getString("level." + o.targetLevel()), plain, Element.ALIGN_LEFT, false));
            table.addCell(cell(
                    o.reachedLevel() == null ? "—" : texts.getString("level." + o.reachedLevel()),
                    plain,
                    Element.ALIGN_LEFT,
                    false));
        }
        document.add(table);
        if (t.assessment() != null && t.assessment().note() != null) {
            Paragraph note = new Paragraph(
                    texts.getString("note") + ": " + t.assessment().note(), plain);
            note.setSpacingBefore(10);
            document.add(note);
        }
        Paragraph scale = new Paragraph(texts.getString("scale"), small);
        scale.setSpacingBefore(10);
        document.add(scale);

        PdfPTable signatures = new PdfPTable(2);
        signatures.setWidthPercentage(100);
        signatures.setSpacingBefore(30);
        signatures.addCell(signature(
                texts.getString("signature.promoter"),
                t.educatorName(),
                t.assessment().educatorSignedOn(),
                day,
                bold,
                plain));
        signatures.addCell(signature(
                texts.getString("signature.host"), t.tutorName(), t.assessment().tutorSignedOn(), day, bold, plain));
        document.add(signatures);
        Paragraph source = new Paragraph(texts.getString("source." + t.kind().name()), small);
        source.setSpacingBefore(20);
        document.add(source);
        document.close();
        return out.toByteArray();
    }

    private static Paragraph fact(String label, String value, Font bold, Font plain) {
        Paragraph p = new Paragraph();
        p.add(new Phrase(label + ": ", bold));
        p.add(new Phrase(value == null ? "—" : value, plain));
        p.setSpacingAfter(2);
        return p;
    }

    private static PdfPCell cell(String text, Font font, int align, boolean head) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(align);
        cell.setPadding(5);
        cell.setBorderColor(RULE);
        if (head) {
            cell.setBackgroundColor(new Color(0xee, 0xf3, 0xf1));
        }
        return cell;
    }

    private static PdfPCell signature(
            String role, String name, LocalDate signedOn, DateTimeFormatter day, Font bold, Font plain) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.addElement(new Paragraph(role, bold));
        cell.addElement(new Paragraph(name == null ? "—" : name, plain));
        cell.addElement(new Paragraph(signedOn == null ? "" : day.format(signedOn), plain));
        cell.addElement(new Paragraph("______________________________", plain));
        return cell;
    }
}
