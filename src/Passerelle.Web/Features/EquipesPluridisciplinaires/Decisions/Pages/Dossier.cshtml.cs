using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Decisions.Pages;

/// <summary>The decision form as posted; kept to show it again with the refusal.</summary>
public sealed class FormulaireDecision
{
    public int Version { get; set; }
    public TypeDecisionEp? Type { get; set; }
    public decimal? Montant { get; set; }
    public int? Pourcentage { get; set; }
    public int? DureeMois { get; set; }
    public DateOnly? DateEffet { get; set; }
    public string? Motivation { get; set; }
    public TypeOrientation? Orientation { get; set; }
}

/// <summary>
/// One EP dossier for the agents who run it: the person, the passage, the observations, the opinion, then the decision,
/// its notification, the appeals and (suspension-remobilisation) the resumption. 404 outside <see cref="PerimetreEp"/>.
/// </summary>
[Authorize(Policy = Politiques.GestionEquipesPluridisciplinaires)]
public sealed class DossierModel(ConsultationDossierEp consultation, AccesDossiersEp acces, ServiceDecisionsEp decisions, NotificationDecisionEp notification,
    ServiceObservationsEp observations, ServiceRecoursEp recours) : PageModel
{
    public FicheDossierEp Fiche { get; private set; } = null!;
    public FormulaireDecision Decision { get; private set; } = new();
    public string? ErreurDecision { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await consultation.FicheAsync(id, ct) is not { } fiche) return NotFound();
        Fiche = fiche;
        Decision = new FormulaireDecision
        {
            Version = fiche.Dossier.Version,
            Montant = fiche.Regles.MontantReduction,
            DureeMois = fiche.Regles.DureeReductionMois,
            DateEffet = BaremeSanctions.DateEffetParDefaut(fiche.Aujourdhui),
        };
        return Page();
    }

    /// <summary>The prefix is explicit: without it, the binder would fill the form from the other forms' fields (« type » of an appeal).</summary>
    public async Task<IActionResult> OnPostDeciderAsync(int id, [Bind(Prefix = nameof(Decision))] FormulaireDecision saisie, CancellationToken ct)
    {
        if (!await acces.Atteints().AnyAsync(x => x.Id == id, ct)) return NotFound();
        var d = Decision = saisie;
        var resultat = ModelState.IsValid
            ? await decisions.DeciderAsync(id, d.Version, new SaisieDecision(d.Type, d.Montant, d.Pourcentage, d.DureeMois, d.DateEffet, d.Motivation, d.Orientation), ct)
            : ResultatAction.Refus("Un champ n'est pas valide : vérifiez les montants, la durée et la date saisis.");
        if (resultat.Reussi) return Suite(id, resultat);
        Fiche = (await consultation.FicheAsync(id, ct))!;
        ErreurDecision = resultat.Message;
        return Page();
    }

    public Task<IActionResult> OnPostNotifierAsync(int id, CancellationToken ct) => AgirAsync(id, () => notification.NotifierAsync(id, ct), ct);

    public Task<IActionResult> OnPostObservationAsync(int id, DateOnly? recueLe, FormeObservation? forme, string? texte, CancellationToken ct) =>
        AgirAsync(id, async () =>
        {
            PieceJointe? jointe = null;
            if (Request.HasFormContentType && Request.Form.Files.GetFile("fichier") is { Length: > 0 } fichier)
            {
                using var memoire = new MemoryStream();
                await fichier.CopyToAsync(memoire, ct);
                jointe = new PieceJointe(fichier.FileName, memoire.ToArray());
            }
            return await observations.EnregistrerAsync(id, new SaisieObservation(recueLe, forme, texte), jointe, ct);
        }, ct);

    public Task<IActionResult> OnPostRecoursAsync(int id, int version, TypeRecours? type, DateOnly? deposeLe, CancellationToken ct) =>
        AgirAsync(id, () => recours.EnregistrerRecoursAsync(id, version, type, deposeLe, ct), ct);

    public Task<IActionResult> OnPostIssueAsync(int id, int recoursId, IssueRecours? issue, DateOnly? date, string? commentaire, CancellationToken ct) =>
        AgirAsync(id, () => recours.IssueRecoursAsync(recoursId, issue, date, commentaire, ct), ct);

    public Task<IActionResult> OnPostRepriseAsync(int id, int version, DateOnly? date, CancellationToken ct) =>
        AgirAsync(id, () => decisions.RepriseObligationsAsync(id, version, date, ct), ct);

    private async Task<IActionResult> AgirAsync(int id, Func<Task<ResultatAction>> acte, CancellationToken ct)
    {
        if (!await acces.Atteints().AnyAsync(d => d.Id == id, ct)) return NotFound();
        return Suite(id, ModelState.IsValid ? await acte() : ResultatAction.Refus("Un champ n'est pas valide : vérifiez la date saisie."));
    }

    private RedirectResult Suite(int id, ResultatAction resultat)
    {
        if (resultat.Reussi) TempData.Confirmer(resultat.Message);
        else TempData.Signaler(resultat.Message);
        return Redirect($"/ep/dossiers/{id}");
    }
}
