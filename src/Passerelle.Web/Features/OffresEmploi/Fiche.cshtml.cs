using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.OffresEmploi;

/// <summary>
/// One offer: the post, its status (changed by the staff who manage it), the référent's proposal of a person of their caseload,
/// and the steps of each mise en relation the viewer may follow.
/// </summary>
[Authorize(Policy = Politiques.OffresEmploi)]
public sealed class FicheModel(ConsultationOffres consultation, ServiceOffres offres, ServiceMisesEnRelation mises, AccesOffresEmploi acces, CurrentUser user, HeureLegale heure) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public SaisieEtape Etape { get; set; } = new(null, null, null, null, null, null, null);

    public FicheOffre Offre { get; private set; } = null!;
    public IReadOnlyList<(int Id, string Nom)> Candidats { get; private set; } = [];
    public bool PeutProposer { get; private set; }
    public DateOnly Aujourdhui => heure.Aujourdhui;
    public string? ErreurStatut { get; private set; }
    public string? ErreurProposition { get; private set; }
    public int? LigneEnErreur { get; private set; }
    public string? ErreurEtape { get; private set; }
    public IReadOnlyDictionary<string, string> ErreursEtape { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStatutAsync(int version, StatutOffre? statut, CancellationToken ct)
    {
        var ecriture = await offres.ChangerStatutAsync(Id, version, statut, ct);
        if (ecriture.Resultat.Reussi) return Revenir(ecriture.Resultat, "");
        ErreurStatut = ecriture.Resultat.Message;
        return await ChargerAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostProposerAsync(int? personneId, string? commentaire, CancellationToken ct)
    {
        var ecriture = await mises.ProposerAsync(Id, personneId, commentaire, ct);
        if (ecriture.Resultat == ServiceOffres.Introuvable || ecriture.Resultat == ServiceMisesEnRelation.HorsPortefeuille) return NotFound();
        if (ecriture.Resultat.Reussi) return Revenir(ecriture.Resultat, "#mises-en-relation");
        ErreurProposition = ecriture.Resultat.Message;
        return await ChargerAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostEtapeAsync(int ligne, int version, CancellationToken ct)
    {
        var ecriture = await mises.EnregistrerEtapeAsync(ligne, version, Etape, ct);
        if (ecriture.Resultat == ServiceMisesEnRelation.Introuvable) return NotFound();
        if (ecriture.Resultat.Reussi) return Revenir(ecriture.Resultat, $"#mise-{ligne}");
        (LigneEnErreur, ErreurEtape, ErreursEtape) = (ligne, ecriture.Erreurs.Count == 0 ? ecriture.Resultat.Message : "Corrigez les champs signalés : rien n'a été enregistré.", ecriture.Erreurs);
        return await ChargerAsync(ct) ? Page() : NotFound();
    }

    private RedirectResult Revenir(ResultatAction resultat, string ancre)
    {
        TempData.Confirmer(resultat.Message);
        return Redirect($"/offres-emploi/{Id}{ancre}");
    }

    private async Task<bool> ChargerAsync(CancellationToken ct)
    {
        if (await consultation.FicheAsync(Id, ct) is not { } fiche) return false;
        Offre = fiche;
        PeutProposer = acces.Referent && fiche.Offre.Statut == StatutOffre.Ouverte;
        if (PeutProposer) Candidats = await consultation.CandidatsAsync(Id, user.Id!, ct);
        return true;
    }
}
