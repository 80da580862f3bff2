package io.timecoin.api.cli;

import io.timecoin.client.HeartsLedger;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.LaunchProjectRequest;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.ProjectRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code timecoin project launch|show|progress|close}: charity projects that collect hearts. */
@Command(
    name = "project",
    mixinStandardHelpOptions = true,
    description = "Charity projects: launched by a branch operator, funded by donated hearts.",
    subcommands = {
      ProjectCommand.Launch.class,
      ProjectCommand.Show.class,
      ProjectCommand.Progress.class,
      ProjectCommand.Close.class
    })
final class ProjectCommand {

  @ParentCommand private TimeCoinCli cli;

  @Command(name = "launch", description = "Opens a project with a heart target and a pledge.")
  static final class Launch implements Runnable {

    @ParentCommand private ProjectCommand project;
    @Spec private CommandSpec spec;
    @Mixin private RequestIdOption requestId;

    @Parameters(index = "0", paramLabel = "PROJECT_ID")
    private String projectId;

    @Option(names = "--target", required = true, paramLabel = "HEARTS")
    private long targetHearts;

    @Option(
        names = "--deadline",
        required = true,
        paramLabel = "INSTANT",
        description = "Last moment for donations, e.g. 2026-12-31T16:00:00Z.")
    private String deadline;

    @Option(
        names = "--description",
        required = true,
        paramLabel = "SHA256",
        description = "SHA-256 (hex) of the public description kept off the ledger.")
    private String descriptionHash;

    @Option(names = "--sponsor", required = true, paramLabel = "ID")
    private String sponsorId;

    @Option(
        names = "--pledge",
        required = true,
        paramLabel = "MONEY",
        description = "Money the sponsor releases when the target is reached, e.g. 5000.00.")
    private String pledge;

    @Option(names = "--currency", required = true, paramLabel = "ISO", description = "e.g. CNY.")
    private String currency;

    @Option(
        names = "--match-per-heart",
        paramLabel = "MONEY",
        description = "Sponsor matching: money per heart raised (with --match-budget).")
    private String matchPerHeart;

    @Option(names = "--match-budget", paramLabel = "MONEY", description = "Most money matched.")
    private String matchBudget;

    @Override
    public void run() {
      var request =
          new LaunchProjectRequest(
              requestId.value(spec),
              projectId,
              targetHearts,
              deadline,
              descriptionHash,
              sponsorId,
              MoneyAmount.parse(pledge),
              currency,
              matchPerHeart == null ? null : MoneyAmount.parse(matchPerHeart),
              matchBudget == null ? null : MoneyAmount.parse(matchBudget));
      try (TimeCoinLedger ledger = project.cli.connect()) {
        Output.committed(spec.commandLine(), HeartsLedger.over(ledger).launchProject(request));
      }
    }
  }

  @Command(name = "show", description = "Shows a project: terms, status and, once closed, totals.")
  static final class Show implements Runnable {

    @ParentCommand private ProjectCommand project;
    @Spec private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT_ID")
    private String projectId;

    @Override
    public void run() {
      try (TimeCoinLedger ledger = project.cli.connect()) {
        Output.value(spec.commandLine(), HeartsLedger.over(ledger).getProject(projectId));
      }
    }
  }

  @Command(
      name = "progress",
      description = "Hearts raised and donors so far: the sum of the donation rows.")
  static final class Progress implements Runnable {

    @ParentCommand private ProjectCommand project;
    @Spec private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT_ID")
    private String projectId;

    @Override
    public void run() {
      try (TimeCoinLedger ledger = project.cli.connect()) {
        Output.value(spec.commandLine(), HeartsLedger.over(ledger).getProjectProgress(projectId));
      }
    }
  }

  @Command(
      name = "close",
      description = "Closes a project once: sums its rows and records FUNDED or EXPIRED.")
  static final class Close implements Runnable {

    @ParentCommand private ProjectCommand project;
    @Spec private CommandSpec spec;
    @Mixin private RequestIdOption requestId;

    @Parameters(index = "0", paramLabel = "PROJECT_ID")
    private String projectId;

    @Override
    public void run() {
      var request = new ProjectRequest(requestId.value(spec), projectId);
      try (TimeCoinLedger ledger = project.cli.connect()) {
        Output.committed(spec.commandLine(), HeartsLedger.over(ledger).closeProject(request));
      }
    }
  }
}
