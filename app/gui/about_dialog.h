#pragma once
// Help ▸ About Pathlight: the version, the libraries Pathlight uses with their licences, and the
// Microsoft Learn documentation its model of Azure follows.

class QDialog;
class QWidget;

namespace pathlight {

// Shows the About dialog (not modal, deleted when closed) and returns it. Three tabs: Pathlight
// (its version and the Qt it runs on), Libraries (name, version, licence, home page) and Sources
// (titles and addresses of the documents the facts come from); links open in the browser.
QDialog* showAboutDialog(QWidget* parent);

} // namespace pathlight
