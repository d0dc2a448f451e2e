// Suggests fiches ROME while a job field is typed: asks /api/v1/rome and fills the shared
// datalist, so the browser's own accessible list shows them. Without script, a code typed by hand works.
(function () {
    const liste = document.getElementById("fiches-rome");
    if (!liste) return;
    let attente = null;
    async function suggerer(texte) {
        try {
            const reponse = await fetch("/api/v1/rome?q=" + encodeURIComponent(texte), { headers: { Accept: "application/json" }, credentials: "same-origin" });
            if (!reponse.ok) return;
            const fiches = await reponse.json();
            liste.replaceChildren(...fiches.map(function (f) {
                const option = document.createElement("option");
                option.value = f.affichage;
                return option;
            }));
        } catch (e) { /* no suggestion this time; typing a code still works */ }
    }
    document.querySelectorAll("[data-recherche-rome]").forEach(function (champ) {
        champ.addEventListener("input", function () {
            const texte = champ.value.trim();
            window.clearTimeout(attente);
            if (texte.length < 2 || texte.includes(" — ")) return;
            attente = window.setTimeout(function () { suggerer(texte); }, 200);
        });
    });
})();
