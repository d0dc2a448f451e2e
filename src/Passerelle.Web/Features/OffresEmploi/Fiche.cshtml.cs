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
        if (this.SortieFormulaire(ecriture, $"/offres-emploi/{Id}") is { } sortie) return sortie;
        ErreurStatut = ecriture.Resultat.Message;
        return await ChargerAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostProposerAsync(int? personneId, string? commentaire, CancellationToken ct)
    {
        var ecriture = await mises.ProposerAsync(Id, personneId, commentaire, ct);
        if (this.SortieFormulaire(ecriture, $"/offres-emploi/{Id}#mises-en-relation", ServiceOffres.Introuvable, ServiceMisesEnRelation.HorsPortefeuille) is { } sortie) return sortie;
        ErreurProposition = ecriture.Resultat.Message;
        return await ChargerAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostEtapeAsync(int ligne, int version, CancellationToken ct)
    {
        var ecriture = await mises.EnregistrerEtapeAsync(ligne, version, Etape, ct);
        if (this.SortieFormulaire(ecriture, $"/offres-emploi/{Id}#mise-{ligne}", ServiceMisesEnRelation.Introuvable) is { } sortie) return sortie;
        (LigneEnErreur, ErreurEtape, ErreursEtape) = (ligne, ecriture.MessageFormulaire, ecriture.Erreurs);
        return await ChargerAsync(ct) ? Page() : NotFound();
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
