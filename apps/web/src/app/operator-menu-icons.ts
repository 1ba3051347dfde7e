// The operator menu's icons, loaded after the first paint (operator-routes.tsx, menu-icons.tsx).
export {
  AlertOutlined,
  AuditOutlined,
  CalendarOutlined,
  DeploymentUnitOutlined,
  FileSearchOutlined,
  FundOutlined,
  HomeOutlined,
  LinkOutlined,
  PercentageOutlined,
  ProjectOutlined,
  RollbackOutlined,
  SettingOutlined,
  ShopOutlined,
  VideoCameraOutlined,
} from '@ant-design/icons';
