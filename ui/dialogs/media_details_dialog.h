#pragma once
// Edits what the mediatheque knows of a file: title, caption, credits, licence and date.

#include "core/model/media_item.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace atlas::ui {

class MediaDetailsDialog : public QDialog {
    Q_OBJECT
public:
    explicit MediaDetailsDialog(const core::MediaItem& media, QWidget* parent = nullptr);

    // The media item as edited (same identity and file).
    core::MediaItem media() const;

private:
    core::MediaItem m_original;
    QLineEdit* m_title;
    QPlainTextEdit* m_caption;
    QLineEdit* m_credits;
    QComboBox* m_licence;
    QCheckBox* m_dated;
    QDateTimeEdit* m_taken;
};

}  // namespace atlas::ui
