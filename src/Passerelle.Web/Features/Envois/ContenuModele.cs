namespace Passerelle.Web.Features.Envois;

/// <summary>The wording of a template, whether the département's own or the shipped default.</summary>
public sealed record ContenuModele(string Code, string Libelle, string Objet, string Corps, string? SmsTexte);

/// <summary>A template once merged with one person's data: what is printed, e-mailed or texted.</summary>
public sealed record MessageFusionne(string Objet, string Corps, string? Sms);
