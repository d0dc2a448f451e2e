using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Publics.PagePersonne;

[Authorize(Policy = Politiques.Dossiers)]
public sealed class ActionsModel(AppDbContext db, PerimetreDossiers perimetre, OuvertureParcours ouverture) : ActionsPersonne(perimetre, db)
{
    protected override string Ancre => "parcours";

    [BindProperty, StringLength(20)] public string Public { get; set; } = "";
    [BindProperty, StringLength(400, ErrorMessage = "L'origine ne peut dépasser 400 caractères.")] public string? Origine { get; set; }

    public Task<IActionResult> OnPostOuvrirAsync(int id, CancellationToken ct) =>
        AgirAsync(id, () => ouverture.OuvrirPourAsync(id, Public, Origine, ct));
}
