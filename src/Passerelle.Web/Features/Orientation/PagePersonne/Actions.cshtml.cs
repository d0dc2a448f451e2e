using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Orientation.PagePersonne;

/// <summary>
/// The orientation and référent decisions taken from the person page, each through
/// <see cref="ServiceOrientation"/> with the parcours version the page was shown with.
/// </summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class ActionsModel(AppDbContext db, PerimetreDossiers perimetre, ServiceOrientation orientation) : ActionsPersonne(perimetre, db)
{
    protected override string Ancre => "parcours";

    [BindProperty] public int Version { get; set; }
    [BindProperty] public TypeOrientation? Type { get; set; }
    [BindProperty, StringLength(1000, ErrorMessage = "Le motif ne peut dépasser 1 000 caractères.")] public string? Motif { get; set; }
    [BindProperty] public string? Referent { get; set; }
    [BindProperty, StringLength(400, ErrorMessage = "Le motif de dérogation ne peut dépasser 400 caractères.")] public string? Derogation { get; set; }
    [BindProperty] public bool Accepter { get; set; }

    public Task<IActionResult> OnPostProposerAsync(int id, CancellationToken ct) =>
        SurParcoursAsync(id, p => Type is { } t
            ? orientation.ProposerAsync(p, Version, t, null, OrigineOrientation.Manuelle, Motif ?? "", ct)
            : Task.FromResult(ResultatAction.Refus("Choisissez le type d'orientation.")), ct);

    public Task<IActionResult> OnPostPreOrienterAsync(int id, CancellationToken ct) =>
        SurParcoursAsync(id, p => orientation.PreOrienterAsync(p, Version, ct), ct);

    public Task<IActionResult> OnPostValiderAsync(int id, CancellationToken ct) =>
        SurParcoursAsync(id, p => orientation.ValiderAsync(p, Version, ct), ct);

    public Task<IActionResult> OnPostRefuserAsync(int id, CancellationToken ct) =>
        SurParcoursAsync(id, p => orientation.RefuserAsync(p, Version, Motif ?? "", ct), ct);

    public Task<IActionResult> OnPostDesignerAsync(int id, CancellationToken ct) =>
        SurParcoursAsync(id, p => Referent?.Split('|') is [var s, var r] && int.TryParse(s, out var structure)
            ? orientation.DesignerAsync(p, Version, structure, r, Derogation, ct)
            : Task.FromResult(ResultatAction.Refus("Choisissez un référent.")), ct);

    public Task<IActionResult> OnPostDemanderReorientationAsync(int id, CancellationToken ct) =>
        SurParcoursAsync(id, p => Type is { } t
            ? orientation.DemanderReorientationAsync(p, Version, t, Motif ?? "", ct)
            : Task.FromResult(ResultatAction.Refus("Choisissez le type d'orientation demandé.")), ct);

    public Task<IActionResult> OnPostDeciderReorientationAsync(int id, CancellationToken ct) =>
        SurParcoursAsync(id, p => orientation.DeciderReorientationAsync(p, Version, Accepter, Motif, ct), ct);

    private Task<IActionResult> SurParcoursAsync(int id, Func<int, Task<ResultatAction>> action, CancellationToken ct) =>
        AgirAsync(id, () => Db.SurParcoursOuvertAsync(id, action, ct));
}
