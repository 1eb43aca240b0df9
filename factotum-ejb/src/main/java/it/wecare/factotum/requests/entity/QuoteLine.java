package it.wecare.factotum.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A line of a quote: labour, materials, travel… with its quantity, net unit price and IVA rate. */
@Entity
@Table(name = "request_quote_line")
public class QuoteLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quote_id")
    private Quote quote;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "description", nullable = false, length = 300)
    private String description;

    @Column(name = "quantity", nullable = false, precision = 10, scale = 3)
    private BigDecimal quantity;

    @Column(name = "unit_price", nullable = false, precision = 10, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "iva_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal ivaRate;

    protected QuoteLine() {}

    QuoteLine(
            Quote quote,
            int lineNo,
            String description,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal ivaRate) {
        this.quote = quote;
        this.lineNo = lineNo;
        this.description = description;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.ivaRate = ivaRate;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getIvaRate() {
        return ivaRate;
    }
}
