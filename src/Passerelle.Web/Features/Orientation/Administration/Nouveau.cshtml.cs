using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Orientation.Administration;

[Authorize(Policy = Politiques.Administration)]
public sealed class NouveauModel(AppDbContext db, AuditJournal audit) : PageModel, IFormulaireJeuRegles
{
    [BindProperty] public SaisieJeuRegles Saisie { get; set; } = new();
    public bool Creation => true;

    /// <summary>Starts from the latest national set, the usual base of a département's own.</summary>
    public void OnGet()
    {
        var modele = ReglesNationales.EnVigueur(DateOnly.MaxValue);
        Saisie = new SaisieJeuRegles
        {
            DelaiOrientation = modele.DelaiOrientation.ToString(),
            DelaiPremierRdv = modele.DelaiPremierRdv.ToString(),
            DelaiContrat = modele.DelaiContrat.ToString(),
            Criteres = modele.Criteres,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var jeu = new JeuRegles { Code = "", Libelle = "" };
        var autres = await db.Set<JeuRegles>().AsNoTracking().ToListAsync(ct);
        var erreurs = Saisie.Verifier(jeu, creation: true, autres);
        if (erreurs.Count > 0 || !ModelState.IsValid)
        {
            foreach (var (champ, messages) in erreurs) messages.ForEach(m => ModelState.AddModelError($"Saisie.{champ}", m));
            return Page();
        }
        db.Add(jeu);
        audit.Enregistrer(AuditActions.Creation, nameof(JeuRegles), jeu.Code, $"Jeu de règles {jeu.Code}, {SaisieJeuRegles.Periode(jeu.ValideDu, jeu.ValideAu)}");
        await db.SaveChangesAsync(ct);
        TempData.Confirmer($"Le jeu de règles « {jeu.Code} » a été créé.");
        return Redirect("/administration/orientation");
    }
}
