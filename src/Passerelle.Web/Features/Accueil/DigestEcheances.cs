using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Accueil;

public sealed record Abonne(int DepartementId, string UtilisateurId, string Email);

public sealed record Digest(string Sujet, string Corps);

/// <summary>
/// The daily e-mail of deadlines for the users who asked for it: the same blocks as their home
/// page. The sending job lists <see cref="AbonnesAsync"/>, then for each one sets the tenant to the
/// subscriber's département and calls <see cref="ComposerAsync"/>; nothing is sent when nothing is due.
/// The message gives counts and a link, no names: e-mail is not a safe channel for who is in an RSA parcours.
/// </summary>
public sealed class DigestEcheances(AppDbContext db, EcheancesUtilisateur echeances)
{
    /// <summary>
    /// Every active subscriber of every département: the job runs with no signed-in user, so the
    /// tenant filter is lifted here and only here; each composition then runs within its département.
    /// </summary>
    public async Task<IReadOnlyList<Abonne>> AbonnesAsync(CancellationToken ct) =>
        await db.Set<PreferenceAlertes>().IgnoreQueryFilters().Where(p => p.DigestQuotidien)
            .Join(db.Users.Where(u => u.Actif && u.Email != null), p => p.UtilisateurId, u => u.Id, (p, u) => new { p.DepartementId, u.Id, u.Email, Departement = u.DepartementId })
            .Where(x => x.DepartementId == x.Departement)
            .OrderBy(x => x.DepartementId).ThenBy(x => x.Id)
            .Select(x => new Abonne(x.DepartementId, x.Id, x.Email!))
            .ToListAsync(ct);

    /// <returns>The e-mail for this user of the current département, or null when nothing is late or due this week.</returns>
    public async Task<Digest?> ComposerAsync(string utilisateurId, CancellationToken ct)
    {
        var habilitations = await db.Habilitations.AsNoTracking().Where(h => h.UtilisateurId == utilisateurId)
            .Select(h => new HabilitationCourante(h.Role, h.StructureId, h.TerritoireId)).ToListAsync(ct);
        var blocs = (await echeances.PourAsync(habilitations, utilisateurId, ct)).Where(b => b.Total > 0).ToList();
        var fins = await echeances.FinsDeContratsAsync(habilitations, utilisateurId, ct);
        if (blocs.Count == 0 && fins is not { Nombre: > 0 }) return null;
        var (retard, semaine) = (blocs.Sum(b => b.EnRetard), blocs.Sum(b => b.CetteSemaine));
        var corps = new StringBuilder();
        corps.AppendLine(CultureInfo.InvariantCulture, $"Vos échéances au {echeances.Aujourdhui:dd/MM/yyyy} :");
        foreach (var bloc in blocs)
        {
            corps.AppendLine();
            corps.AppendLine(CultureInfo.InvariantCulture, $"{bloc.Titre} : {bloc.EnRetard} en retard, {bloc.CetteSemaine} dans les {EcheancesUtilisateur.HorizonJours} jours.");
        }
        if (fins is { Nombre: > 0 })
        {
            corps.AppendLine();
            corps.AppendLine(CultureInfo.InvariantCulture, $"Contrats arrivant à échéance dans les {fins.AlerteMois} mois : {fins.Nombre}.");
        }
        corps.AppendLine();
        corps.AppendLine("Le détail est sur votre page d'accueil de Passerelle.");
        corps.AppendLine("Vous recevez ce message parce que vous avez demandé le récapitulatif quotidien ; vous pouvez l'arrêter depuis votre page d'accueil.");
        return new Digest($"Passerelle : {retard} échéance(s) dépassée(s), {semaine} cette semaine", corps.ToString());
    }
}
