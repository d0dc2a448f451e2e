using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Agenda.PagePersonne;

/// <summary>Invitations, convocations, appointments recorded after the fact and outcomes set from the person page, through <see cref="ServiceRendezVous"/>.</summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class ActionsModel(AppDbContext db, PerimetreDossiers perimetre, ServiceRendezVous agenda, HeureLegale heure) : ActionsPersonne(perimetre, db)
{
    protected override string Ancre => "rendez-vous-personne";

    [BindProperty] public int Version { get; set; }
    [BindProperty] public TypeRendezVous TypeRdv { get; set; }
    [BindProperty] public DateOnly? DateRdv { get; set; }
    [BindProperty] public TimeOnly? HeureRdv { get; set; }
    [BindProperty, StringLength(300, ErrorMessage = "Le lieu ne peut dépasser 300 caractères.")] public string? Lieu { get; set; }
    [BindProperty] public int RendezVousId { get; set; }
    [BindProperty] public int? CreneauId { get; set; }
    [BindProperty] public StatutRendezVous Statut { get; set; }
    [BindProperty, StringLength(Agenda.CompteRendu.LongueurMax, ErrorMessage = "Le compte rendu ne peut dépasser 2 000 caractères.")] public string? CompteRendu { get; set; }
    [BindProperty] public bool Reserve { get; set; }

    public Task<IActionResult> OnPostInviterAsync(int id, CancellationToken ct) =>
        SurParcoursAsync(id, p => agenda.InviterAsync(p, Version, ct), ct);

    public Task<IActionResult> OnPostConvoquerAsync(int id, CancellationToken ct) =>
        SurParcoursAsync(id, p => DateRdv is { } jour && HeureRdv is { } horaire
            ? agenda.ConvoquerAsync(p, Version, TypeRdv, heure.VersUtc(jour, horaire), Lieu ?? "", null, ct)
            : Task.FromResult(ResultatAction.Refus("Indiquez la date et l'heure du rendez-vous.")), ct);

    public Task<IActionResult> OnPostConvoquerCreneauAsync(int id, CancellationToken ct) =>
        SurParcoursAsync(id, p => CreneauId is int creneau
            ? agenda.ConvoquerAsync(p, Version, TypeRdv, default, "", creneau, ct)
            : Task.FromResult(ResultatAction.Refus("Choisissez un créneau.")), ct);

    public Task<IActionResult> OnPostStatutAsync(int id, CancellationToken ct) =>
        AgirAsync(id, () => agenda.ChangerStatutAsync(RendezVousId, Version, Statut, ct, CompteRendu, Reserve));

    public Task<IActionResult> OnPostApresCoupAsync(int id, CancellationToken ct) =>
        SurParcoursAsync(id, p => DateRdv is { } jour && HeureRdv is { } horaire
            ? agenda.EnregistrerApresCoupAsync(p, Version, new SaisieRendezVousPasse(TypeRdv, heure.VersUtc(jour, horaire), Lieu, Statut, CompteRendu, Reserve), ct)
            : Task.FromResult(ResultatAction.Refus("Indiquez la date et l'heure du rendez-vous.")), ct);

    private Task<IActionResult> SurParcoursAsync(int id, Func<int, Task<ResultatAction>> action, CancellationToken ct) =>
        AgirAsync(id, () => Db.SurParcoursOuvertAsync(id, action, ct));
}
