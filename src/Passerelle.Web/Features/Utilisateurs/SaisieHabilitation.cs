using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Utilisateurs;

/// <summary>A role and its scope, as typed in the forms that grant a habilitation.</summary>
public sealed class SaisieHabilitation
{
    [Required(ErrorMessage = "Choisissez un rôle.")]
    public Role? Role { get; set; }

    public int? StructureId { get; set; }
    public int? TerritoireId { get; set; }

    /// <summary>
    /// Checks the scope against <see cref="RoleRegles"/> and the département's active structures
    /// and territoires (the tenant filter hides other départements', so theirs read as unknown).
    /// Errors go to ModelState under <paramref name="prefixe"/>.
    /// </summary>
    public async Task<bool> VerifierAsync(AppDbContext db, ModelStateDictionary etat, string prefixe, string? utilisateurId = null)
    {
        if (Role is not Role role) return false;
        var erreur = await ErreurAsync(db, role, utilisateurId);
        if (erreur is null) return true;
        etat.AddModelError($"{prefixe}.{erreur.Value.Champ}", erreur.Value.Message);
        return false;
    }

    private async Task<(string Champ, string Message)?> ErreurAsync(AppDbContext db, Role role, string? utilisateurId)
    {
        if (role == Platform.Securite.Role.Beneficiaire)
            return (nameof(Role), "Le rôle « Bénéficiaire » ne s'attribue pas depuis l'administration.");
        if (role.VerifierPortee(StructureId, TerritoireId) is string raison)
            return (role.Portee() == PorteeRole.Structure || StructureId is not null ? nameof(StructureId) : nameof(TerritoireId), raison);
        if (StructureId is int s && !await db.Structures.AnyAsync(x => x.Id == s && x.Actif))
            return (nameof(StructureId), "Choisissez une structure active de votre département.");
        if (TerritoireId is int t && !await db.Territoires.AnyAsync(x => x.Id == t && x.Actif))
            return (nameof(TerritoireId), "Choisissez un territoire actif de votre département.");
        var doublon = utilisateurId is not null && await db.Habilitations.AnyAsync(h =>
            h.UtilisateurId == utilisateurId && h.Role == role && h.StructureId == StructureId && h.TerritoireId == TerritoireId);
        return doublon ? (nameof(Role), "Ce compte a déjà cette habilitation.") : null;
    }

    public string Decrire() =>
        $"{Role?.Libelle()}{(StructureId is int s ? $" (structure {s})" : "")}{(TerritoireId is int t ? $" (territoire {t})" : "")}";
}

/// <summary>The choices offered by a habilitation form: roles, active structures and territoires.</summary>
public sealed record ChoixHabilitation(IReadOnlyList<SelectListItem> Roles, IReadOnlyList<SelectListItem> Structures, IReadOnlyList<SelectListItem> Territoires)
{
    public static async Task<ChoixHabilitation> ChargerAsync(AppDbContext db)
    {
        var structures = await db.Structures.Where(s => s.Actif).OrderBy(s => s.Nom).Select(s => new { s.Id, s.Nom }).ToListAsync();
        var territoires = await db.Territoires.Where(t => t.Actif).OrderBy(t => t.Nom).Select(t => new { t.Id, t.Nom }).ToListAsync();
        return new ChoixHabilitation(
            [new("Choisir un rôle", ""), .. Enum.GetValues<Role>().Where(r => r != Role.Beneficiaire).Select(r => new SelectListItem(r.Libelle(), r.ToString()))],
            [new("Aucune structure", ""), .. structures.Select(s => new SelectListItem(s.Nom, s.Id.ToString(CultureInfo.InvariantCulture)))],
            [new("Tout le département", ""), .. territoires.Select(t => new SelectListItem(t.Nom, t.Id.ToString(CultureInfo.InvariantCulture)))]);
    }
}
