using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.EspacePersonnel.PagePersonne;

/// <summary>Ties or unties a beneficiary account, through <see cref="ServiceEspacePersonnel"/>.</summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class ActionsModel(AppDbContext db, PerimetreDossiers perimetre, ServiceEspacePersonnel espace) : ActionsPersonne(perimetre, db)
{
    protected override string Ancre => "espace-personnel";

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public int Lien { get; set; }

    public Task<IActionResult> OnPostRattacherAsync(int id, CancellationToken ct) => AgirAsync(id, () => espace.RattacherAsync(id, Email, ct));

    public Task<IActionResult> OnPostDetacherAsync(int id, CancellationToken ct) => AgirAsync(id, () => espace.DetacherAsync(id, Lien, ct));
}
