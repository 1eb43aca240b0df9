package it.wecare.factotum.web.barter;

import it.wecare.factotum.barter.boundary.GoodsCategoryDraft;
import it.wecare.factotum.barter.boundary.GoodsCategoryView;
import it.wecare.factotum.barter.boundary.GoodsPriceList;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.omnifaces.util.Messages;

/** The administrators' price list of the goods clients may offer in exchange. */
@Named
@ViewScoped
public class GoodsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GoodsPriceList priceList;

    private List<Row> rows;
    private Row draft = new Row();

    @PostConstruct
    void load() {
        rows = priceList.all().stream().map(Row::new).toList();
    }

    public void save(Row row) {
        try {
            GoodsCategoryView saved = priceList.change(row.toView());
            Messages.create(Texts.get("goods.saved", saved.nameIt())).add();
            load();
        } catch (ConflictingChange e) {
            Messages.create(Texts.get("conflict.stale")).warn().add();
            load();
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    /** Adds the category typed in the form below the list. */
    public void add() {
        try {
            GoodsCategoryView added = priceList.add(new GoodsCategoryDraft(
                    draft.code, draft.nameIt, draft.nameEn, draft.newPrice, draft.usefulLifeYears, draft.need));
            Messages.create(Texts.get("goods.added", added.nameIt())).add();
            draft = new Row();
            load();
        } catch (ConflictingChange e) {
            Messages.create(Texts.get("goods.field.code") + ": " + Texts.reason(e))
                    .error()
                    .add();
        }
    }

    public Row getDraft() {
        return draft;
    }

    /**
     * One category as edited on the page, or being added (then its code is typed too); the same limits as
     * the boundary, so each field is named.
     */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;

        @NotNull
        @Pattern(regexp = "[a-z0-9-]{2,40}", message = "{factotum.goods.code}")
        private String code;

        private final long version;
        private final GoodsCategoryView seen;

        @NotBlank
        @Size(max = 80)
        private String nameIt;

        @NotBlank
        @Size(max = 80)
        private String nameEn;

        @NotNull
        @DecimalMin("0.00")
        @DecimalMax("100000.00")
        private BigDecimal newPrice;

        @NotNull
        @Min(1)
        @Max(100)
        private Integer usefulLifeYears;

        @NotNull
        @DecimalMin("0.00")
        @DecimalMax("3.00")
        private BigDecimal need;

        private boolean active;

        /** A category to add: accepted, normal need, ten years of life. */
        Row() {
            this.seen = null;
            this.version = 0;
            this.usefulLifeYears = 10;
            this.need = BigDecimal.ONE;
            this.active = true;
        }

        Row(GoodsCategoryView v) {
            this.seen = v;
            this.code = v.code();
            this.version = v.version();
            this.nameIt = v.nameIt();
            this.nameEn = v.nameEn();
            this.newPrice = v.newPrice();
            this.usefulLifeYears = v.usefulLifeYears();
            this.need = v.need();
            this.active = v.active();
        }

        GoodsCategoryView toView() {
            return new GoodsCategoryView(
                    code, nameIt, nameEn, newPrice, usefulLifeYears, need, active, null, null, version);
        }

        public GoodsCategoryView getSeen() {
            return seen;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getNameIt() {
            return nameIt;
        }

        public void setNameIt(String nameIt) {
            this.nameIt = nameIt;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public BigDecimal getNewPrice() {
            return newPrice;
        }

        public void setNewPrice(BigDecimal newPrice) {
            this.newPrice = newPrice;
        }

        public Integer getUsefulLifeYears() {
            return usefulLifeYears;
        }

        public void setUsefulLifeYears(Integer usefulLifeYears) {
            this.usefulLifeYears = usefulLifeYears;
        }

        public BigDecimal getNeed() {
            return need;
        }

        public void setNeed(BigDecimal need) {
            this.need = need;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }
}
