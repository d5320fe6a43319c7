// Starts `cargo-sunset lsp` for Cargo.toml and Cargo.lock files.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

exports.activate = function activate(context) {
  const command = vscode.workspace.getConfiguration("cargoSunset").get("path") || "cargo-sunset";
  client = new LanguageClient(
    "cargo-sunset",
    "cargo-sunset",
    { command, args: ["lsp"] },
    { documentSelector: [{ scheme: "file", pattern: "**/Cargo.toml" }, { scheme: "file", pattern: "**/Cargo.lock" }] },
  );
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
};

exports.deactivate = function deactivate() {
  return client && client.stop();
};
