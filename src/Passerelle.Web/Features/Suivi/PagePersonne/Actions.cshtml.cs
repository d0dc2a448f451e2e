using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Features.Suivi.Equipe;
using Passerelle.Web.Features.Suivi.Journal;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Suivi.PagePersonne;

/// <summary>Journal, objectives, dominante, team and consent written from the person page.</summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class ActionsModel(AppDbContext db, PerimetreDossiers perimetre, ServiceJournal journal, ServiceEquipe equipe,
    ServiceConsentement consentement, HeureLegale heure) : ActionsPersonne(perimetre, db)
{
    protected override string Ancre => "suivi";

    [BindProperty] public NatureEcrit Nature { get; set; }
    [BindProperty] public Confidentialite Confidentialite { get; set; }
    [BindProperty] public DateOnly? Date { get; set; }
    [BindProperty] public TimeOnly? Heure { get; set; }
    [BindProperty, StringLength(EcritJournal.LongueurTexte, ErrorMessage = "Le texte ne peut dépasser 4 000 caractères.")] public string? Texte { get; set; }
    [BindProperty] public int? ObjectifParentId { get; set; }
    [BindProperty, StringLength(Objectif.LongueurLibelle, ErrorMessage = "L'intitulé ne peut dépasser 300 caractères.")] public string? Libelle { get; set; }
    [BindProperty] public DateOnly? Echeance { get; set; }
    [BindProperty] public int ObjectifId { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public StatutObjectif Statut { get; set; }
    [BindProperty, StringLength(40)] public string? Dominante { get; set; }
    [BindProperty, StringLength(256)] public string? Email { get; set; }
    [BindProperty, StringLength(200, ErrorMessage = "La fonction ne peut dépasser 200 caractères.")] public string? Fonction { get; set; }
    [BindProperty] public DateOnly? DateFin { get; set; }
    [BindProperty] public int MembreId { get; set; }
    [BindProperty] public bool Accepter { get; set; }
    [BindProperty] public ModeConsentement Mode { get; set; }

    public Task<IActionResult> OnPostEcrireAsync(int id, CancellationToken ct) =>
        AgirAsync(id, () => journal.EcrireAsync(id, new SaisieEcrit(Nature, Confidentialite,
            Date is { } jour ? heure.VersUtc(jour, Heure ?? TimeOnly.MinValue) : null, Texte), ct));

    public Task<IActionResult> OnPostObjectifAsync(int id, CancellationToken ct) =>
        AgirAsync(id, () => journal.AjouterObjectifAsync(id, new SaisieObjectif(ObjectifParentId, Libelle, Echeance), ct));

    public Task<IActionResult> OnPostStatutAsync(int id, CancellationToken ct) =>
        AgirAsync(id, () => journal.ChangerStatutAsync(id, ObjectifId, Version, Statut, ct));

    public Task<IActionResult> OnPostDominanteAsync(int id, CancellationToken ct) =>
        AgirAsync(id, () => journal.ChoisirDominanteAsync(id, Dominante, ct));

    public Task<IActionResult> OnPostInviterAsync(int id, CancellationToken ct) =>
        AgirAsync(id, () => equipe.InviterAsync(id, new SaisieMembre(Email, Fonction, DateFin), ct));

    public Task<IActionResult> OnPostDeciderAsync(int id, CancellationToken ct) =>
        AgirAsync(id, () => equipe.DeciderAsync(id, MembreId, Version, Accepter, ct));

    public Task<IActionResult> OnPostRetirerAsync(int id, CancellationToken ct) =>
        AgirAsync(id, () => equipe.RetirerAsync(id, MembreId, Version, ct));

    public Task<IActionResult> OnPostConsentementAsync(int id, CancellationToken ct) =>
        AgirAsync(id, () => consentement.RecueillirAsync(id, Date, Mode, ct));

    public Task<IActionResult> OnPostRetraitConsentementAsync(int id, CancellationToken ct) =>
        AgirAsync(id, () => consentement.RetirerAsync(id, ct));
}
