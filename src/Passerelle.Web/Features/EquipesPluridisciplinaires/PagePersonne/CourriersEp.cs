using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.EquipesPluridisciplinaires.Decisions;
using Passerelle.Web.Features.EquipesPluridisciplinaires.Detection;
using Passerelle.Web.Features.EquipesPluridisciplinaires.Seances;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.PagePersonne;

/// <summary>
/// The EP letters printed again from the person's delivery journal: a reminder to sign a contract (its deadline from
/// the rules in force), the information before a session, and the notification of a decision with its legal mentions
/// — the same letter the dossier page gives.
/// </summary>
public sealed class CourriersEp(AppDbContext db, EnvoisSeance envoisSeance, CourrierDecisionEp decision) : ISourceCourriers
{
    public async Task<ChampsCourrier?> ChampsAsync(string codeModele, string cle, CancellationToken ct)
    {
        switch (codeModele)
        {
            case ModelesParDefaut.RelanceContratEp when SourcesCourriers.Identifiant(cle, ServiceRelancesEp.PrefixeCle) is int id:
                var relance = await db.Set<RelanceEp>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
                return relance is null ? null : new(relance.PersonneId, ServiceRelancesEp.Champs(relance.EnvoyeeLe, await ReglesEp.EnVigueurAsync(db, ct)));
            case ModelesParDefaut.InformationEquipePluridisciplinaire when SourcesCourriers.Identifiant(cle, EnvoisSeance.PrefixeInformation) is int id:
                // The session the letter announced, named by its key: a postponed dossier has moved to another since.
                if (!int.TryParse(cle.AsSpan()[EnvoisSeance.PrefixeInformation.Length..cle.LastIndexOf(':')], NumberStyles.None, CultureInfo.InvariantCulture, out var seanceId)) return null;
                var seance = await db.Set<SeanceEp>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == seanceId, ct);
                var informe = await db.Set<DossierEp>().AsNoTracking().Where(d => d.Id == id)
                    .Select(d => new { d.PersonneId, Thematique = d.Thematique!.Libelle, d.DateInformation }).FirstOrDefaultAsync(ct);
                return informe is { DateInformation: DateOnly informeLe } && seance is not null
                    ? new(informe.PersonneId, envoisSeance.ChampsInformation(seance, informe.Thematique, informeLe)) : null;
            case ModelesParDefaut.DecisionEp when SourcesCourriers.Identifiant(cle, ModelesParDefaut.DecisionEp + ":") is int id:
                var dossier = await db.Set<DossierEp>().AsNoTracking().Include(d => d.Seance).FirstOrDefaultAsync(d => d.Id == id && d.Decision != null, ct);
                return dossier is null ? null : await decision.SourceAsync(dossier, ct);
            default:
                return null;
        }
    }
}
