// Live progress of an import: polls the JSON API every second and fills the fields marked
// data-champ; reloads the page once the run has finished so the report and rejects appear.
(function () {
    const section = document.getElementById("progression");
    if (!section || section.dataset.fini === "oui") return;
    const adresse = "/api/v1/imports/" + section.dataset.import;
    async function actualiser() {
        try {
            const reponse = await fetch(adresse, { headers: { Accept: "application/json" }, credentials: "same-origin" });
            if (!reponse.ok) return;
            const etat = await reponse.json();
            document.querySelectorAll("[data-champ]").forEach(function (element) {
                const cle = element.dataset.champ.charAt(0).toLowerCase() + element.dataset.champ.slice(1);
                if (cle in etat) element.textContent = etat[cle] === null ? "en calcul" : String(etat[cle]);
            });
            const barre = document.getElementById("barre-progression");
            barre.value = etat.pourcentage;
            barre.textContent = etat.pourcentage + " %";
            if (etat.fini) { window.location.reload(); return; }
        } catch (e) { /* network hiccup: try again next tick */ }
        window.setTimeout(actualiser, 1000);
    }
    window.setTimeout(actualiser, 1000);
})();
