/*
 * Factotum's few fixes to PrimeFaces' widgets.
 *
 * Rating: the widget names a choice of N stars with its own lookup, which does not fill in "{star}"
 * (screen readers heard "{star} stelle"); PrimeFaces.getAriaLabel fills it in from the page's locale.
 */
(function () {
    if (!window.PrimeFaces || !PrimeFaces.widget || !PrimeFaces.widget.Rating) {
        return;
    }
    PrimeFaces.widget.Rating.prototype.updateInput = function (value) {
        var label = String(value) === '1'
            ? PrimeFaces.getAriaLabel('star')
            : PrimeFaces.getAriaLabel('stars', '{star} stars', { star: value });
        this.input.val(value).attr('aria-label', label);
    };
})();
