package it.wecare.factotum.training.boundary;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import java.awt.Color;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the training documents (project, certificate) look like: the fonts, a fact, a table cell, a signature. */
final class PdfParts {

    static final Locale ITALIAN = Locale.ITALY;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", ITALIAN);
    private static final Color INK = new Color(0x1f, 0x2a, 0x30);
    private static final Color ACCENT = new Color(0x14, 0x66, 0x5a);
    private static final Color RULE = new Color(0xd6, 0xdd, 0xe1);
    private static final Color HEAD = new Color(0xee, 0xf3, 0xf1);

    final Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 17, ACCENT);
    final Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11, ACCENT);
    final Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10, INK);
    final Font plain = FontFactory.getFont(FontFactory.HELVETICA, 10, INK);
    final Font small = FontFactory.getFont(FontFactory.HELVETICA, 8, INK);

    /** "Label: value", a dash for a value nobody gave. */
    Paragraph fact(String label, String value) {
        Paragraph p = new Paragraph();
        p.add(new Phrase(label + ": ", bold));
        p.add(new Phrase(value == null || value.isBlank() ? "—" : value, plain));
        p.setSpacingAfter(2);
        return p;
    }

    /** A section's heading. */
    Paragraph heading(String text) {
        Paragraph p = new Paragraph(text, heading);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        return p;
    }

    /** A cell of a table; a heading cell is shaded. */
    PdfPCell cell(String text, boolean head) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "—" : text, head ? bold : plain));
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        cell.setPadding(5);
        cell.setBorderColor(RULE);
        if (head) {
            cell.setBackgroundColor(HEAD);
        }
        return cell;
    }

    /** Who signs, in which role, on which day (blank when not signed yet), over a line to sign on. */
    PdfPCell signature(String role, String name, LocalDate signedOn) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.addElement(new Paragraph(role, bold));
        cell.addElement(new Paragraph(name == null ? "—" : name, plain));
        cell.addElement(new Paragraph(signedOn == null ? " " : DAY.format(signedOn), plain));
        cell.addElement(new Paragraph("______________________________", plain));
        return cell;
    }

    /** An empty cell, to keep a row of signatures even. */
    PdfPCell blank() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        return cell;
    }
}
