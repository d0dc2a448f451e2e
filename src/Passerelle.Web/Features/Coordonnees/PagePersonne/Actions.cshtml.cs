using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Coordonnees.PagePersonne;

/// <summary>The contact form of the person page and the « adresse en erreur » mark, through <see cref="ServiceCoordonnees"/>.</summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class ActionsModel(AppDbContext db, PerimetreDossiers perimetre, ServiceCoordonnees service) : ActionsPersonne(perimetre, db)
{
    protected override string Ancre => "coordonnees";

    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? Telephone { get; set; }
    [BindProperty] public string? Telephone2 { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public bool ConsentementSms { get; set; }
    [BindProperty] public bool ConsentementEmail { get; set; }
    [BindProperty] public RecueilConsentement? Recueil { get; set; }

    public Task<IActionResult> OnPostModifierAsync(int id, CancellationToken ct) =>
        AgirAsync(id, () => service.ModifierAsync(id, new SaisieCoordonnees(Version, Telephone, Telephone2, Email, ConsentementSms, ConsentementEmail, Recueil), ct));

    public Task<IActionResult> OnPostEmailEnErreurAsync(int id, CancellationToken ct) =>
        AgirAsync(id, () => service.SignalerEmailEnErreurAsync(id, Version, ct));
}
