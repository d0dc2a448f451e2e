using Passerelle.Web.Platform.Securite;
namespace Passerelle.Web.Features.Diagnostic;

/// <summary>The levels of the national certification framework (décret 2019-14), as France Travail and the FSE record them.</summary>
public enum NiveauFormation
{
    Infra3,
    Niveau3,
    Niveau4,
    Niveau5,
    Niveau6,
    Niveau7Et8,
}

public static class NiveauFormationLibelles
{
    public static string Libelle(this NiveauFormation niveau) => niveau switch
    {
        NiveauFormation.Infra3 => "Infra 3 : sans diplôme, brevet des collèges",
        NiveauFormation.Niveau3 => "Niveau 3 : CAP, BEP",
        NiveauFormation.Niveau4 => "Niveau 4 : baccalauréat",
        NiveauFormation.Niveau5 => "Niveau 5 : bac + 2 (BTS, DUT)",
        NiveauFormation.Niveau6 => "Niveau 6 : licence, bac + 3 ou 4",
        _ => "Niveaux 7 et 8 : master, doctorat",
    };
}
