using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Seances;

/// <summary>
/// The session's mail, from the département's editable templates: the information letter to each person on the agenda
/// (through <see cref="NotificationsPersonne"/>, so it lands in the person's delivery journal), and the members'
/// convocation e-mail. Members are not persons of the file: their e-mail goes straight to their address and names no
/// person, only the date, place, number of dossiers and the link to the session in Passerelle.
/// </summary>
public sealed class EnvoisSeance(AppDbContext db, NotificationsPersonne notifications, ModelesCourrier modeles, EnvoiEmail email,
    HeureLegale heure, IConfiguration configuration, ILogger<EnvoisSeance> journal)
{
    /// <summary>The information letter's key: <c>ep-information-{séance}:{dossier}</c>.</summary>
    public const string PrefixeInformation = "ep-information-";

    private static readonly CanalEnvoi[] CanauxInformation = [CanalEnvoi.Courrier, CanalEnvoi.Email];

    /// <summary>Sends the letter (and an e-mail where the person has one) and keeps the letter's delivery on the dossier.</summary>
    public async Task<string> InformerAsync(SeanceEp seance, IReadOnlyList<int> dossierIds, CancellationToken ct)
    {
        var dossiers = await db.Set<DossierEp>().AsNoTracking().Where(d => dossierIds.Contains(d.Id))
            .Select(d => new { d.Id, d.PersonneId, d.DateInformation, Thematique = d.Thematique!.Libelle }).ToListAsync(ct);
        var echecs = new List<string>();
        foreach (var dossier in dossiers)
        {
            var champs = ChampsInformation(seance, dossier.Thematique, dossier.DateInformation ?? heure.Aujourdhui);
            var cle = $"{PrefixeInformation}{seance.Id}:{dossier.Id}";
            var bilan = await notifications.EnvoyerAsync(dossier.PersonneId, ModelesParDefaut.InformationEquipePluridisciplinaire, champs, cle, CanauxInformation, ct);
            if (bilan.Contains("échec", StringComparison.Ordinal)) echecs.Add($"dossier n° {dossier.Id} : {bilan}");
            var courrier = await db.Set<Envoi>().Where(e => e.Cle == cle && e.Canal == CanalEnvoi.Courrier).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
            await db.Set<DossierEp>().Where(d => d.Id == dossier.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.InformationEnvoiId, courrier), ct);
        }
        return echecs.Count == 0 ? "Courriers d'information prêts à imprimer." : "Envois en échec : " + string.Join(" ; ", echecs);
    }

    /// <summary>The information letter's fields: the session, the thématique, and the end of the month for observations.</summary>
    public Dictionary<string, string> ChampsInformation(SeanceEp seance, string thematique, DateOnly dateInformation)
    {
        var champs = ChampsSeance(seance);
        champs[ChampsFusion.Thematique] = thematique;
        champs[ChampsFusion.DateLimite] = ChampsPersonne.FormaterDate(ReglesNationalesEp.FinDelaiObservations(dateInformation));
        return champs;
    }

    /// <summary>E-mails each member with an address; says who must be convened otherwise.</summary>
    public async Task<string> ConvoquerAsync(SeanceEp seance, IReadOnlyList<MembreEquipe> membres, int nombreDossiers, CancellationToken ct)
    {
        var departement = await db.Departements.AsNoTracking().Where(d => d.Id == seance.DepartementId).Select(d => new { d.Code, d.Nom }).SingleAsync(ct);
        var champs = ChampsSeance(seance);
        champs[ChampsFusion.NombreDossiers] = nombreDossiers.ToString(CultureInfo.InvariantCulture);
        champs[ChampsFusion.LienSeance] = $"{Racine()}/ep/seances/{seance.Id}";
        champs[ChampsFusion.Departement] = departement.Nom;
        var message = RenduCourrier.Fusion(await modeles.ModeleAsync(ModelesParDefaut.ConvocationEquipePluridisciplinaire, ct), champs);
        var (envoyes, sansAdresse, echecs) = (0, new List<string>(), new List<string>());
        foreach (var membre in membres)
        {
            if (string.IsNullOrWhiteSpace(membre.Courriel)) { sansAdresse.Add(membre.NomComplet); continue; }
            var remise = await email.EnvoyerAsync(departement.Code, $"{departement.Nom} – service insertion", membre.Courriel, message.Objet, message.Corps, ct);
            if (remise.Reussie) envoyes++;
            else
            {
                echecs.Add($"{membre.NomComplet} ({remise.Erreur})");
                journal.LogWarning("Convocation de la séance {Seance} non remise au membre {Membre}", seance.Id, membre.Id);
            }
        }
        var bilan = $"{envoyes} convocation(s) envoyée(s) par e-mail.";
        if (sansAdresse.Count > 0) bilan += $" Sans adresse électronique, à convoquer par courrier : {string.Join(", ", sansAdresse)}.";
        if (echecs.Count > 0) bilan += $" Non remises : {string.Join(", ", echecs)}.";
        return bilan;
    }

    private Dictionary<string, string> ChampsSeance(SeanceEp seance)
    {
        var local = heure.Local(seance.Debut);
        return new(StringComparer.Ordinal)
        {
            [ChampsFusion.DateRdv] = ChampsPersonne.FormaterDate(DateOnly.FromDateTime(local)),
            [ChampsFusion.HeureRdv] = local.ToString("HH' h 'mm", CultureInfo.InvariantCulture),
            [ChampsFusion.LieuRdv] = seance.Lieu,
        };
    }

    private string Racine() => AdressePublique.Racine(configuration);
}
