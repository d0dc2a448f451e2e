using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Clauses;

/// <summary>The facilitator's monthly entry: one contract, one month, an hours field per participant, saved whole or not at all.</summary>
[Authorize(Policy = Politiques.Clauses)]
public sealed class HeuresModel(ConsultationMarches consultation, EnregistrementHeures enregistrement, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty(SupportsGet = true, Name = "mois")] public string? MoisSaisi { get; set; }
    [BindProperty] public Dictionary<int, string?> Heures { get; set; } = [];

    public DateOnly Mois { get; private set; }
    public string Numero { get; private set; } = "";

    /// <summary>The département's code, whose calendar sets the month's working days.</summary>
    public string Departement { get; private set; } = "";
    public IReadOnlyList<LigneGrille> Lignes { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Erreurs { get; private set; } = new Dictionary<string, string>();
    public string? Erreur { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await ChargerAsync(ct)) return NotFound();
        var erreurs = new Dictionary<string, string>(StringComparer.Ordinal);
        var lignes = new List<LigneHeures>();
        foreach (var l in Lignes)
        {
            var cle = l.ParticipantId.ToString(CultureInfo.InvariantCulture);
            var texte = Heures.GetValueOrDefault(l.ParticipantId)?.Trim().Replace(',', '.');
            if (string.IsNullOrEmpty(texte)) { lignes.Add(new(cle, Id, l.ParticipantId, Mois, null)); continue; }
            if (decimal.TryParse(texte, NumberStyles.Number, CultureInfo.InvariantCulture, out var h)) lignes.Add(new(cle, Id, l.ParticipantId, Mois, h));
            else erreurs[cle] = $"« {texte} » n'est pas un nombre d'heures (p. ex. 35 ou 17,5).";
        }
        var ecriture = erreurs.Count > 0
            ? Ecriture.Champs(erreurs, $"{erreurs.Count} ligne(s) refusée(s) : rien n'a été enregistré.")
            : await enregistrement.EnregistrerAsync(lignes, ct);
        if (ecriture.Resultat == ServiceMarches.Introuvable) return NotFound();
        if (ecriture.Resultat.Reussi)
        {
            TempData.Confirmer($"{ReglesHeuresClause.NomMois(Mois)} : {ecriture.Resultat.Message}");
            return Redirect($"/clauses/marches/{Id}#totaux-annuels");
        }
        (Erreurs, Erreur) = (ecriture.Erreurs, ecriture.Resultat.Message);
        return Page();
    }

    private async Task<bool> ChargerAsync(CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(MoisSaisi, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var mois)) return false;
        if (await consultation.FicheAsync(Id, ct) is not { } fiche || await consultation.GrilleAsync(Id, mois, ct) is not { } lignes) return false;
        (Mois, Numero, Lignes, Departement) = (mois, fiche.Numero, lignes, await db.CodeDepartementAsync(ct));
        return true;
    }
}
