using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Features.Suivi.Equipe;
using Passerelle.Web.Features.Suivi.Journal;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Suivi.PagePersonne;

public sealed class SectionSuiviModele
{
    public required int PersonneId { get; init; }
    public required RolesSuivi Roles { get; init; }
    public required JournalPersonne Journal { get; init; }
    public required EquipePersonne Equipe { get; init; }
    public required IReadOnlyList<Dominante> Dominantes { get; init; }
    public required DateOnly Aujourdhui { get; init; }
}

/// <summary>The follow-up of the person: dominante, team and consent, objectives and actions, journal.</summary>
public sealed class SectionSuivi(LectureJournal journal, LectureEquipe equipe, ProfilSuivi profil, DominantesEnVigueur dominantes, HeureLegale heure) : ISectionPersonne
{
    public int Ordre => 400;
    public string Vue => "/Features/Suivi/PagePersonne/_Section.cshtml";
    public EntreeSommaire? Sommaire => new("Suivi de l'accompagnement", "suivi");

    public async Task<object?> ChargerAsync(Personne personne, CancellationToken ct) => new SectionSuiviModele
    {
        PersonneId = personne.Id,
        Roles = await profil.PourAsync(personne.Id, ct),
        Journal = await journal.LireAsync(personne.Id, ct),
        Equipe = await equipe.LireAsync(personne.Id, ct),
        Dominantes = await dominantes.ListerAsync(ct),
        Aujourdhui = heure.Aujourdhui,
    };
}
