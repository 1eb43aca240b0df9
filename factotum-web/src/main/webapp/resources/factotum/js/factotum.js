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

/*
 * Folded sections that are open on a wide screen: <details data-open-from="56rem"> (the search filters,
 * folded on a phone so the first result is not pushed a screen and a half down).
 */
(function () {
    document.querySelectorAll('details[data-open-from]').forEach(function (details) {
        if (window.matchMedia('(min-width: ' + details.getAttribute('data-open-from') + ')').matches) {
            details.open = true;
        }
    });
})();

/*
 * A field's error goes away once the person changes the field (a "campo obbligatorio" under a field
 * already filled in looked like the fix had not worked). The server checks again on sending.
 */
(function () {
    function fixed(event) {
        var input = event.target;
        if (!input || input.getAttribute('aria-invalid') !== 'true' || !String(input.value || '').trim()) {
            return;
        }
        var field = input.closest('.field');
        if (!field) {
            return;
        }
        input.setAttribute('aria-invalid', 'false');
        field.querySelectorAll('.ui-state-error').forEach(function (e) {
            e.classList.remove('ui-state-error');
        });
        field.querySelectorAll('.ui-message-error').forEach(function (message) {
            message.style.display = 'none';
        });
    }
    document.addEventListener('input', fixed, true);
    document.addEventListener('change', fixed, true);
})();

/*
 * Messages: PrimeFaces writes each message of a p:messages as <li role="alert"> inside a <ul>, which
 * takes the items out of the list for assistive technology (axe: "list", serious). The container is
 * already aria-live, so the items keep their list role; done on load and after every ajax update.
 */
(function () {
    function listItems() {
        document.querySelectorAll('.ui-messages ul > li[role="alert"]').forEach(function (item) {
            item.removeAttribute('role');
        });
    }
    listItems();
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', listItems);
    }
})();
