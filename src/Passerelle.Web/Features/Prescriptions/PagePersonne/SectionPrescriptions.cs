using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Prescriptions.PagePersonne;

public sealed record LignePrescriptionPersonne(int Id, string Action, string Structure, StatutPrescription Statut, DateTime PrescriteLe, DateOnly? Entree, DateOnly? Sortie,
    TypeSortieAction? TypeSortie, MotifRefusPrescription? MotifRefus);

/// <summary>The prescriptions section of the person page: the person's actions, and the way to prescribe one for their référent.</summary>
public sealed record FichePrescriptions(int PersonneId, string? LienRecherche, IReadOnlyList<LignePrescriptionPersonne> Prescriptions);

public sealed class SectionPrescriptions(AppDbContext db, CurrentUser user) : ISectionPersonne
{
    public int Ordre => 350;
    public string Vue => "/Features/Prescriptions/PagePersonne/_Section.cshtml";
    public EntreeSommaire? Sommaire => new("Actions d'insertion", "prescriptions");

    public async Task<object?> ChargerAsync(Personne personne, CancellationToken ct)
    {
        var ouvert = await db.Set<Parcours>().AsNoTracking().Where(p => p.PersonneId == personne.Id && p.DateCloture == null)
            .Select(p => new { p.ReferentId, p.CodeInsee }).FirstOrDefaultAsync(ct);
        var lignes = await db.Set<Prescription>().AsNoTracking().Where(p => p.PersonneId == personne.Id).OrderByDescending(p => p.PrescriteLe)
            .Join(db.Set<ActionInsertion>(), p => p.ActionInsertionId, a => a.Id, (p, a) => new LignePrescriptionPersonne(p.Id, a.Nom,
                db.Structures.Where(s => s.Id == a.StructureId).Select(s => s.Nom).First(), p.Statut, p.PrescriteLe, p.DateEntree, p.DateSortie, p.TypeSortie, p.MotifRefus))
            .ToListAsync(ct);
        var prescripteur = ouvert is not null && (user.Habilitations.Any(h => h.Role == Role.AgentDepartemental && h.TerritoireId is null)
            || ouvert.ReferentId is not null && ouvert.ReferentId == user.Id && user.A(Role.Referent));
        if (!prescripteur && lignes.Count == 0) return null;
        var lien = prescripteur ? $"/offre?personne={personne.Id}{(ouvert!.CodeInsee is { } c ? $"&commune={c}" : "")}" : null;
        return new FichePrescriptions(personne.Id, lien, lignes);
    }
}
