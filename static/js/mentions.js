/* Discussions: suggestions while writing an @mention. Progressive enhancement of the
   "Members you can mention" list, which works without this script. Keyboard: arrows choose,
   Enter or Tab takes the name, Escape closes. */
(function () {
    "use strict";

    var MAX_SUGGESTIONS = 8;

    function fold(text) {
        return text.toLocaleLowerCase();
    }

    function setUp(textarea) {
        var source = document.getElementById(textarea.dataset.mentionList);
        if (!source) {
            return;
        }
        var names = Array.prototype.map.call(source.querySelectorAll("li"), function (item) {
            return item.textContent.trim().replace(/^@/, "");
        });
        var list = document.createElement("ul");
        list.id = textarea.id + "-mentions";
        list.className = "mention-suggestions";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", source.dataset.label);
        list.hidden = true;
        var status = document.createElement("p");
        status.className = "visually-hidden";
        status.setAttribute("aria-live", "polite");
        textarea.insertAdjacentElement("afterend", status);
        textarea.insertAdjacentElement("afterend", list);
        textarea.setAttribute("aria-autocomplete", "list");
        textarea.setAttribute("aria-controls", list.id);

        var active = -1;
        var typed = null; // {start, query}

        function close() {
            list.hidden = true;
            list.textContent = "";
            active = -1;
            typed = null;
            textarea.removeAttribute("aria-activedescendant");
        }

        function highlight(index) {
            var options = list.querySelectorAll("[role=option]");
            options.forEach(function (option, i) {
                option.setAttribute("aria-selected", i === index ? "true" : "false");
            });
            active = index;
            if (index >= 0) {
                textarea.setAttribute("aria-activedescendant", options[index].id);
            } else {
                textarea.removeAttribute("aria-activedescendant");
            }
        }

        function take(name) {
            var before = textarea.value.slice(0, typed.start);
            var after = textarea.value.slice(textarea.selectionStart);
            textarea.value = before + "@" + name + " " + after;
            var caret = before.length + name.length + 2;
            textarea.setSelectionRange(caret, caret);
            close();
            textarea.focus();
        }

        function suggest() {
            var caret = textarea.selectionStart;
            var match = /(^|\s)@([^\s@][^@\n]{0,40})?$/.exec(textarea.value.slice(0, caret));
            if (!match) {
                close();
                return;
            }
            var query = fold(match[2] || "");
            var found = names.filter(function (name) {
                return fold(name).indexOf(query) === 0;
            }).slice(0, MAX_SUGGESTIONS);
            if (!found.length || (found.length === 1 && fold(found[0]) === query)) {
                close();
                return;
            }
            typed = {start: caret - (match[2] || "").length - 1};
            list.textContent = "";
            found.forEach(function (name, i) {
                var option = document.createElement("li");
                option.id = list.id + "-" + i;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.textContent = "@" + name;
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();
                    take(name);
                });
                list.appendChild(option);
            });
            list.hidden = false;
            active = -1;
            status.textContent = source.dataset.found + " " + found.length;
        }

        textarea.addEventListener("input", suggest);
        textarea.addEventListener("blur", close);
        textarea.addEventListener("keydown", function (event) {
            if (list.hidden) {
                return;
            }
            var count = list.children.length;
            if (event.key === "ArrowDown" || event.key === "ArrowUp") {
                event.preventDefault();
                var step = event.key === "ArrowDown" ? 1 : -1;
                highlight((active + step + count) % count);
            } else if ((event.key === "Enter" || event.key === "Tab") && active >= 0) {
                event.preventDefault();
                take(list.children[active].textContent.replace(/^@/, ""));
            } else if (event.key === "Escape") {
                event.preventDefault();
                close();
            }
        });
    }

    document.querySelectorAll("textarea[data-mention-list]").forEach(setUp);
})();
